package dev.quartet.platform;

import dev.quartet.core.Checks;
import dev.quartet.platform.params.ListEventsParams;
import dev.quartet.platform.realtime.EventType;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of the organisation's event history ({@code GET /api/v1/events}): a time window
 * ({@code from}, {@code to}, sent as epoch milliseconds), the event types to keep ({@code events=})
 * and to drop ({@code events!=}), and paging. Immutable; every setter checks its value at once and
 * {@link Builder#build()} checks the combination.
 *
 * <pre>{@code
 * EventQuery q = EventQuery.builder()
 *     .from(Instant.parse("2026-05-13T00:00:00Z")).to(Instant.parse("2026-05-14T00:00:00Z"))
 *     .include("object-online", "object-offline")
 *     .build();
 * }</pre>
 */
public final class EventQuery {
  private final Instant from;
  private final Instant to;
  private final List<String> include;
  private final List<String> exclude;
  private final Integer offset;
  private final Integer limit;

  private EventQuery(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.include = List.copyOf(b.include);
    this.exclude = List.copyOf(b.exclude);
    this.offset = b.offset;
    this.limit = b.limit;
  }

  /** {@return an empty builder: no bounds, no type filter, no paging} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the query with no bounds and no type filter} */
  public static EventQuery all() {
    return builder().build();
  }

  /** {@return the lower bound (inclusive), or null for none} */
  public Instant from() {
    return from;
  }

  /** {@return the upper bound (inclusive), or null for none} */
  public Instant to() {
    return to;
  }

  /** {@return the types kept ({@code events=}); empty: every type} */
  public List<String> include() {
    return include;
  }

  /** {@return the types dropped ({@code events!=}); empty: none} */
  public List<String> exclude() {
    return exclude;
  }

  /** {@return how many events to skip, or null for none} */
  public Integer offset() {
    return offset;
  }

  /** {@return the most events to return, or null for the platform's cap} */
  public Integer limit() {
    return limit;
  }

  /** {@return a builder holding this query's values, to derive a changed query} */
  public Builder toBuilder() {
    return builder().from(from).to(to).include(include).exclude(exclude).offset(offset).limit(limit);
  }

  /** The generated operation's parameters this query sends. */
  ListEventsParams toParams() {
    return ListEventsParams.builder().from(from).to(to).events(types(include))
        .excludedEvents(types(exclude)).offset(offset).limit(limit).build();
  }

  private static List<EventType> types(List<String> types) {
    return types.isEmpty() ? null : types.stream().map(EventType::of).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventQuery q && Objects.equals(from, q.from) && Objects.equals(to, q.to)
        && include.equals(q.include) && exclude.equals(q.exclude) && Objects.equals(offset, q.offset)
        && Objects.equals(limit, q.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, include, exclude, offset, limit);
  }

  @Override
  public String toString() {
    return "EventQuery{from=" + from + ", to=" + to + ", include=" + include + ", exclude=" + exclude
        + ", offset=" + offset + ", limit=" + limit + "}";
  }

  /** Collects the parameters. */
  public static final class Builder {
    private Instant from;
    private Instant to;
    private final Set<String> include = new LinkedHashSet<>();
    private final Set<String> exclude = new LinkedHashSet<>();
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /**
     * Keeps events at or after {@code from}.
     *
     * @param from the lower bound; null: none
     * @return this builder
     */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /**
     * Keeps events at or before {@code to}.
     *
     * @param to the upper bound; null: none
     * @return this builder
     */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /**
     * Keeps only events of these types (added to earlier calls).
     *
     * @param types the event types, none blank or containing a comma
     * @return this builder
     */
    public Builder include(String... types) {
      return include(List.of(Checks.required("include", types)));
    }

    /**
     * Keeps only events of these types (added to earlier calls).
     *
     * @param types the event types, none blank or containing a comma
     * @return this builder
     */
    public Builder include(Collection<String> types) {
      add("include", types, include);
      return this;
    }

    /**
     * Drops events of these types (added to earlier calls).
     *
     * @param types the event types, none blank or containing a comma
     * @return this builder
     */
    public Builder exclude(String... types) {
      return exclude(List.of(Checks.required("exclude", types)));
    }

    /**
     * Drops events of these types (added to earlier calls).
     *
     * @param types the event types, none blank or containing a comma
     * @return this builder
     */
    public Builder exclude(Collection<String> types) {
      add("exclude", types, exclude);
      return this;
    }

    /**
     * Skips the first events of the result.
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
     * Caps the number of events returned.
     *
     * @param limit at most this many events (1..10000); null: the platform's cap
     * @return this builder
     */
    public Builder limit(Integer limit) {
      Checks.range("limit", limit, 1, ListQuery.MAX_LIMIT);
      this.limit = limit;
      return this;
    }

    /**
     * Checks the combination and builds the query.
     *
     * @return the immutable query
     * @throws IllegalArgumentException if {@code from} is after {@code to}, or a type is both kept and
     *     dropped
     */
    public EventQuery build() {
      TimeWindow.check(from, to);
      for (String type : include) {
        if (exclude.contains(type)) {
          throw new IllegalArgumentException("include and exclude both name event type \"" + type + "\"");
        }
      }
      return new EventQuery(this);
    }

    private static void add(String param, Collection<String> types, Set<String> into) {
      Checks.required(param, types);
      for (String type : types) {
        Checks.notBlank(param, type);
        if (type.indexOf(',') >= 0) {
          throw new IllegalArgumentException(param + " event types cannot contain ',' (it separates types), was \"" + type + "\"");
        }
        into.add(type);
      }
    }
  }
}
