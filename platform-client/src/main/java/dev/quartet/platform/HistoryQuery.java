package dev.quartet.platform;

import dev.quartet.core.Checks;
import dev.quartet.platform.params.ListObjectEventsParams;
import dev.quartet.platform.params.ListObjectPacketsParams;
import java.time.Instant;
import java.util.Objects;

/**
 * The time window and paging of an object's stored packets or events
 * ({@link PlatformObjects#packets(String, HistoryQuery)}, {@link PlatformObjects#events(String, HistoryQuery)}):
 * {@code from} and {@code to} (inclusive, sent as epoch milliseconds), {@code offset} and {@code limit}.
 * Immutable; every setter checks its value at once and {@link Builder#build()} checks the window.
 *
 * <pre>{@code
 * HistoryQuery lastHour = HistoryQuery.builder().from(Instant.now().minus(Duration.ofHours(1))).limit(500).build();
 * }</pre>
 */
public final class HistoryQuery {
  private static final HistoryQuery ALL = builder().build();

  private final Instant from;
  private final Instant to;
  private final Integer offset;
  private final Integer limit;

  private HistoryQuery(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.offset = b.offset;
    this.limit = b.limit;
  }

  /** {@return an empty builder: no bounds, no paging} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return no bounds and no paging: everything the platform keeps, up to its cap per answer} */
  public static HistoryQuery all() {
    return ALL;
  }

  /** {@return a builder holding this query's values, to derive a changed query} */
  public Builder toBuilder() {
    return builder().from(from).to(to).offset(offset).limit(limit);
  }

  /** {@return the lower bound (inclusive), or null for none} */
  public Instant from() {
    return from;
  }

  /** {@return the upper bound (inclusive), or null for none} */
  public Instant to() {
    return to;
  }

  /** {@return how many entries to skip, or null for none} */
  public Integer offset() {
    return offset;
  }

  /** {@return the most entries to return, or null for the platform's cap} */
  public Integer limit() {
    return limit;
  }

  ListObjectPacketsParams packets() {
    return ListObjectPacketsParams.builder().from(from).to(to).offset(offset).limit(limit).build();
  }

  ListObjectEventsParams events() {
    return ListObjectEventsParams.builder().from(from).to(to).offset(offset).limit(limit).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistoryQuery q && Objects.equals(from, q.from) && Objects.equals(to, q.to)
        && Objects.equals(offset, q.offset) && Objects.equals(limit, q.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, offset, limit);
  }

  @Override
  public String toString() {
    return "HistoryQuery{from=" + from + ", to=" + to + ", offset=" + offset + ", limit=" + limit + "}";
  }

  /** Collects the values of a {@link HistoryQuery}. */
  public static final class Builder {
    private Instant from;
    private Instant to;
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /**
     * Keeps entries at or after {@code from}.
     *
     * @param from the lower bound; null: none
     * @return this builder
     */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /**
     * Keeps entries at or before {@code to}.
     *
     * @param to the upper bound; null: none
     * @return this builder
     */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /**
     * Skips the first entries.
     *
     * @param offset how many to skip (0 or more); null: none
     * @return this builder
     */
    public Builder offset(Integer offset) {
      Checks.atLeast("offset", offset, 0);
      this.offset = offset;
      return this;
    }

    /**
     * Caps the number of entries returned.
     *
     * @param limit at most this many (1..10000); null: the platform's cap
     * @return this builder
     */
    public Builder limit(Integer limit) {
      Checks.range("limit", limit, 1, ListQuery.MAX_LIMIT);
      this.limit = limit;
      return this;
    }

    /**
     * {@return the query}
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public HistoryQuery build() {
      TimeWindow.check(from, to);
      return new HistoryQuery(this);
    }
  }
}
