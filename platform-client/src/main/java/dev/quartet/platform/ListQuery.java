package dev.quartet.platform;

import dev.quartet.core.ApiRequest;
import dev.quartet.core.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a store listing: paging ({@code offset}, {@code limit} up to {@value #MAX_LIMIT}),
 * {@code only}, {@code meta}, creation-time bounds, {@code search}, {@code sortBy} and
 * {@code where.<path>} filters. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ListQuery q = ListQuery.builder()
 *     .where("model", modelId)
 *     .where("state.online", true)
 *     .only("name", "state")
 *     .from(Instant.parse("2024-01-01T00:00:00Z"))
 *     .build();
 * }</pre>
 */
public final class ListQuery {
  /** The most entities the platform returns in one answer. */
  public static final int MAX_LIMIT = 10_000;
  /**
   * The page size of a walk ({@code listAll}) whose query sets no {@code limit}: a page is held as its
   * bytes while its items are read, so 1,000 entities (about half a megabyte) keep a walk's memory small;
   * a query's {@code limit(MAX_LIMIT)} trades that for ten times fewer requests.
   */
  public static final int WALK_PAGE_SIZE = 1_000;

  private static final ListQuery ALL = builder().build();

  private final Integer offset;
  private final Integer limit;
  private final List<String> only;
  private final boolean meta;
  private final Instant from;
  private final Instant to;
  private final Instant begin;
  private final Instant end;
  private final String search;
  private final String sortBy;
  private final List<Map.Entry<String, String>> orderedWhere;

  private ListQuery(Builder b) {
    this.offset = b.offset;
    this.limit = b.limit;
    this.only = List.copyOf(b.only);
    this.meta = b.meta;
    this.from = b.from;
    this.to = b.to;
    this.begin = b.begin;
    this.end = b.end;
    this.search = b.search;
    this.sortBy = b.sortBy;
    this.orderedWhere = List.copyOf(b.where.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
  }

  /** {@return a builder for a query} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return no parameters: the whole store (up to the platform's cap per answer)} */
  public static ListQuery all() {
    return ALL;
  }

  /** {@return the offset, or null for none} */
  public Integer offset() {
    return offset;
  }

  /** {@return the page size, or null for the server's} */
  public Integer limit() {
    return limit;
  }

  /** {@return whether the answer carries paging metadata} */
  public boolean meta() {
    return meta;
  }

  /** {@return the fields asked for ({@code only=}); empty: all} */
  public List<String> only() {
    return only;
  }

  /** {@return the lower bound of the creation time ({@code from}), or null for none} */
  public Instant from() {
    return from;
  }

  /** {@return the upper bound of the creation time ({@code to}), or null for none} */
  public Instant to() {
    return to;
  }

  /** {@return the {@code begin} bound (the platform's alias of {@code from}), or null for none} */
  public Instant begin() {
    return begin;
  }

  /** {@return the {@code end} bound (the platform's alias of {@code to}), or null for none} */
  public Instant end() {
    return end;
  }

  /** {@return the full-text search, or null for none} */
  public String search() {
    return search;
  }

  /** {@return the field sorted by, or null for the platform's order} */
  public String sortBy() {
    return sortBy;
  }

  /** {@return the {@code where.<path>} parameters, name to encoded value, in the order they were added} */
  public Map<String, String> where() {
    Map<String, String> ordered = new LinkedHashMap<>();
    orderedWhere.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * A builder holding this query's parameters.
   *
   * @return this builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.offset = offset;
    b.limit = limit;
    b.only.addAll(only);
    b.meta = meta;
    b.from = from;
    b.to = to;
    b.begin = begin;
    b.end = end;
    b.search = search;
    b.sortBy = sortBy;
    orderedWhere.forEach(e -> b.where.put(e.getKey(), e.getValue()));
    return b;
  }

  /** This query with other paging, for walking a listing. */
  ListQuery page(int pageOffset, int pageLimit) {
    return toBuilder().offset(pageOffset).limit(pageLimit).build();
  }

  /** This query asking for the collection's meta answer instead of a list. */
  ListQuery asMeta() {
    return toBuilder().offset(null).limit(null).meta(true).build();
  }

  /** The listing request for {@code store} (already checked). */
  ApiRequest toRequest(String store) {
    ApiRequest.Builder r = ApiRequest.builder("GET", "/api/v1/{store}")
        .pathSegments("store", store)
        .query("offset", offset)
        .query("limit", limit)
        .query("only", only.isEmpty() ? null : String.join(",", only))
        .query("meta", meta ? Boolean.TRUE : null)
        .query("from", millis(from))
        .query("to", millis(to))
        .query("begin", millis(begin))
        .query("end", millis(end))
        .query("search", search)
        .query("sortBy", sortBy);
    orderedWhere.forEach(e -> r.query(e.getKey(), e.getValue()));
    return r.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListQuery other && toRequest("x").query().equals(other.toRequest("x").query());
  }

  @Override
  public int hashCode() {
    return toRequest("x").query().hashCode();
  }

  @Override
  public String toString() {
    return "ListQuery" + toRequest("x").query();
  }

  /** Collects the parameters; every setter checks its value at once. */
  public static final class Builder {
    private Integer offset;
    private Integer limit;
    private final List<String> only = new ArrayList<>();
    private boolean meta;
    private Instant from;
    private Instant to;
    private Instant begin;
    private Instant end;
    private String search;
    private String sortBy;
    private final Map<String, String> where = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Entities to skip (0 or more); null: none.
     *
     * @param offset how many to skip; null for none
     * @return this builder
     */
    public Builder offset(Integer offset) {
      Checks.atLeast("offset", offset, 0);
      this.offset = offset;
      return this;
    }

    /**
     * At most this many entities (1..10000); null: the platform's cap.
     *
     * @param limit the most to return; null for the platform's cap
     * @return this builder
     */
    public Builder limit(Integer limit) {
      Checks.range("limit", limit, 1, MAX_LIMIT);
      this.limit = limit;
      return this;
    }

    /**
     * Only these fields ({@code _id} always comes too).
     *
     * @param fields the field names to return
     * @return this builder
     */
    public Builder only(String... fields) {
      for (String field : fields) {
        only.add(Checks.notBlank("only", field));
      }
      return this;
    }

    /**
     * Ask for the total and the first and last entity instead of a list; excludes offset/limit.
     *
     * @param meta whether to ask for the summary instead of the list
     * @return this builder
     */
    public Builder meta(boolean meta) {
      this.meta = meta;
      return this;
    }

    /**
     * Entities created at or after {@code from}.
     *
     * @param from the lower bound; null for none
     * @return this builder
     */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /**
     * Entities created at or after {@code epochMillis}.
     *
     * @param epochMillis the bound, in milliseconds since the epoch
     * @return this builder
     */
    public Builder from(long epochMillis) {
      this.from = Instant.ofEpochMilli(epochMillis);
      return this;
    }

    /**
     * Entities created at or before {@code to}.
     *
     * @param to the upper bound; null for none
     * @return this builder
     */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /**
     * Keep entities up to this time (epoch milliseconds).
     *
     * @param epochMillis the end of the range
     * @return this builder
     */
    public Builder to(long epochMillis) {
      this.to = Instant.ofEpochMilli(epochMillis);
      return this;
    }

    /**
     * The platform's alias of {@code from}, for servers that only read {@code begin}.
     *
     * @param begin the lower bound; null for none
     * @return this builder
     */
    public Builder begin(Instant begin) {
      this.begin = begin;
      return this;
    }

    /**
     * The platform's alias of {@code to}.
     *
     * @param end the upper bound; null for none
     * @return this builder
     */
    public Builder end(Instant end) {
      this.end = end;
      return this;
    }

    /**
     * Full-text search.
     *
     * @param search the text
     * @return this builder
     */
    public Builder search(String search) {
      this.search = search;
      return this;
    }

    /**
     * Sort by {@code field}, ascending.
     *
     * @param field the field name
     * @return this builder
     */
    public Builder sortBy(String field) {
      this.sortBy = field;
      return this;
    }

    /**
     * Keep entities whose field at the dotted {@code path} equals one of {@code values}. Strings that
     * look like numbers or literals are quoted so they match as strings; a second call for the same
     * path replaces the first.
     *
     * @param path the dotted field path
     * @param values the accepted values
     * @return this builder
     */
    public Builder where(String path, Object... values) {
      where.put(WhereValues.parameter(path), WhereValues.join(values));
      return this;
    }

    /** {@return the query} */
    public ListQuery build() {
      if (meta && (offset != null || limit != null)) {
        throw new IllegalArgumentException("meta cannot be combined with offset or limit");
      }
      TimeWindow.check(from, to);
      TimeWindow.check(begin, end, "begin", "end");
      return new ListQuery(this);
    }
  }

  private static String millis(Instant at) {
    return at == null ? null : Long.toString(at.toEpochMilli());
  }

  static void checkNotMeta(ListQuery query) {
    Checks.required("query", query);
    if (query.meta) {
      throw new IllegalArgumentException("a meta query answers with an object, not a list: use meta(query)");
    }
  }
}
