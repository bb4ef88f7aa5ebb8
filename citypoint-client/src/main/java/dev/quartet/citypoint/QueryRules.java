package dev.quartet.citypoint;

import java.util.List;
import java.util.Set;

/**
 * Which parts of a {@link Query} an endpoint accepts. Parameters the API answers with 400 are refused
 * before anything is sent, with an {@link IllegalArgumentException} naming the parameter.
 */
final class QueryRules {
  /** Everything, {@code include} too (vehicles, notifications). */
  static final QueryRules ANY = new QueryRules(true, true, null);
  /** Everything but {@code include} (notes and most lists). */
  static final QueryRules NO_INCLUDE = new QueryRules(false, true, null);
  /** Paging and sparse fields only: {@code sort}, {@code filter} and {@code include} answer 400 (spectator keys). */
  static final QueryRules PAGING_AND_FIELDS = new QueryRules(false, false, Set.of());

  private final boolean include;
  private final boolean filter;
  /** The fields {@code sort} accepts; null for any. */
  private final Set<String> sortable;

  private QueryRules(boolean include, boolean filter, Set<String> sortable) {
    this.include = include;
    this.filter = filter;
    this.sortable = sortable;
  }

  /** Like {@link #NO_INCLUDE}, but {@code sort} only by {@code fields}. */
  static QueryRules sortOnlyBy(String... fields) {
    return new QueryRules(false, true, Set.of(fields));
  }

  void check(String endpoint, Query query) {
    if (!include && !query.includes().isEmpty()) {
      throw refused("include", endpoint);
    }
    if (!filter && query.filter() != null) {
      throw refused("filter", endpoint);
    }
    if (sortable == null || query.sortKeys().isEmpty()) {
      return;
    }
    if (sortable.isEmpty()) {
      throw refused("sort", endpoint);
    }
    for (Sort key : query.sortKeys()) {
      if (!sortable.contains(key.field())) {
        throw new IllegalArgumentException("sort on " + endpoint + " accepts only " + List.copyOf(sortable)
            + ", was " + key.field());
      }
    }
  }

  private static IllegalArgumentException refused(String parameter, String endpoint) {
    return new IllegalArgumentException(parameter + " is not supported on " + endpoint + ": the API answers it with 400");
  }
}
