package dev.quartet.citypoint;

import dev.quartet.core.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The query of a list call: paging ({@code page[offset]}, {@code page[limit]}), sparse fields
 * ({@code fields[type]}), {@code filter[type]}, {@code sort} and, for vehicles only, {@code include}.
 * Immutable; every setter returns a changed copy, so one query can be a base for others.
 *
 * <pre>{@code
 * Query q = Query.create()
 *     .fields(Note.TEXT, Note.DATE_OF_CREATION)
 *     .filter(Filter.eq(Note.IMPORTANT, true))
 *     .sort(Sort.desc(Note.DATE_OF_CREATION))
 *     .limit(50);
 * }</pre>
 */
public final class Query {
  private static final Query EMPTY = new Query(null, null, List.of(), List.of(), null, List.of());

  private final Integer offset;
  private final Integer limit;
  private final List<String> fields;
  private final List<Sort> sort;
  private final Filter filter;
  private final List<String> include;

  private Query(Integer offset, Integer limit, List<String> fields, List<Sort> sort, Filter filter, List<String> include) {
    this.offset = offset;
    this.limit = limit;
    this.fields = List.copyOf(fields);
    this.sort = List.copyOf(sort);
    this.filter = filter;
    this.include = List.copyOf(include);
  }

  /** {@return no parameters: the server's defaults (first page, its page size and order)} */
  public static Query create() {
    return EMPTY;
  }

  /**
   * Skip this many records ({@code page[offset]}, 0 or more).
   *
   * @param offset how many to skip
   * @return a query with it
   */
  public Query offset(int offset) {
    Checks.atLeast("page[offset]", offset, 0);
    return new Query(offset, limit, fields, sort, filter, include);
  }

  /**
   * {@return at most this many records per page ({@code page[limit]}, 1 or more)}
   *
   * @param limit the page size, 1 or more
   */
  public Query limit(int limit) {
    Checks.atLeast("page[limit]", limit, 1);
    return new Query(offset, limit, fields, sort, filter, include);
  }

  /**
   * Only these attributes ({@code fields[type]}); replaces earlier fields.
   *
   * @param names the attribute names
   * @return a query with them
   */
  public Query fields(String... names) {
    List<String> checked = new ArrayList<>();
    for (String name : names) {
      checked.add(Filter.checkField(name));
    }
    return new Query(offset, limit, checked, sort, filter, include);
  }

  /**
   * Sort by these keys in order ({@code sort}); replaces an earlier sort.
   *
   * @param keys the sort keys
   * @return a query with them
   */
  public Query sort(Sort... keys) {
    List<Sort> checked = new ArrayList<>();
    for (Sort key : keys) {
      checked.add(Checks.required("sort key", key));
    }
    return new Query(offset, limit, fields, checked, filter, include);
  }

  /**
   * Only records matching {@code filter} ({@code filter[type]}); replaces an earlier filter, null removes it.
   *
   * @param filter the filter, or null
   * @return a query with it
   */
  public Query filter(Filter filter) {
    return new Query(offset, limit, fields, sort, filter, include);
  }

  /**
   * Related resources to add to {@code included} (vehicles only: a note listing refuses a query with
   * {@code include} before sending, because the API answers it with 400).
   *
   * @param paths the relationship paths
   * @return a query with them
   */
  public Query include(String... paths) {
    for (String path : paths) {
      Checks.notBlank("include", path);
    }
    return new Query(offset, limit, fields, sort, filter, Arrays.asList(paths));
  }

  /** {@return the offset, or null for the server's} */
  public Integer offset() {
    return offset;
  }

  /** {@return the page size, or null for the server's} */
  public Integer limit() {
    return limit;
  }

  /** {@return the attributes asked for; empty for all} */
  public List<String> fields() {
    return fields;
  }

  /** {@return the sort keys, in order} */
  public List<Sort> sortKeys() {
    return sort;
  }

  /** {@return the filter, or null} */
  public Filter filter() {
    return filter;
  }

  /** {@return the relationship paths to include} */
  public List<String> includes() {
    return include;
  }

  String fieldsParam() {
    return fields.isEmpty() ? null : String.join(",", fields);
  }

  String sortParam() {
    if (sort.isEmpty()) {
      return null;
    }
    StringJoiner joined = new StringJoiner(",");
    sort.forEach(key -> joined.add(key.toString()));
    return joined.toString();
  }

  String filterParam() {
    return filter == null ? null : filter.expression();
  }

  String includeParam() {
    return include.isEmpty() ? null : String.join(",", include);
  }

  /** A readable, stable form (unencoded), also used to tell queries apart when polling. */
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner("&");
    if (offset != null) {
      out.add("page[offset]=" + offset);
    }
    if (limit != null) {
      out.add("page[limit]=" + limit);
    }
    if (!fields.isEmpty()) {
      out.add("fields=" + fieldsParam());
    }
    if (filter != null) {
      out.add("filter=" + filter);
    }
    if (!sort.isEmpty()) {
      out.add("sort=" + sortParam());
    }
    if (!include.isEmpty()) {
      out.add("include=" + includeParam());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query other && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
