package dev.quartet.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-call settings applied on top of a client's configuration: a call timeout and extra headers and
 * query parameters. Immutable; combine with {@link #merge(RequestOptions)}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(null, List.of(), List.of());

  private final Duration timeout;
  private final List<Map.Entry<String, String>> headers;
  private final List<Map.Entry<String, String>> query;

  private RequestOptions(Duration timeout, List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> query) {
    this.timeout = timeout;
    this.headers = headers;
    this.query = query;
  }

  /** {@return options that change nothing} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a builder for options} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the whole-call timeout, or null for the client's} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return the extra headers} */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** {@return the extra query parameters} */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * {@return these options overlaid by {@code other}: its timeout wins, headers and query add up}
   *
   * @param other the options that take precedence
   */
  public RequestOptions merge(RequestOptions other) {
    if (other == NONE) {
      return this;
    }
    List<Map.Entry<String, String>> h = new ArrayList<>(headers);
    h.addAll(other.headers);
    List<Map.Entry<String, String>> q = new ArrayList<>(query);
    q.addAll(other.query);
    return new RequestOptions(other.timeout != null ? other.timeout : timeout,
        Collections.unmodifiableList(h), Collections.unmodifiableList(q));
  }

  /** Header values are not shown: they may carry credentials. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", headers=" + headers.stream().map(Map.Entry::getKey).toList()
        + ", query=" + query.stream().map(Map.Entry::getKey).toList() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();

    private Builder() {}

    /**
     * The whole-call timeout for these calls.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * An extra header on every call.
     *
     * @param name the header name
     * @param value its value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.add(Map.entry(Checks.notBlank("header name", name), Objects.requireNonNull(value, "header value")));
      return this;
    }

    /**
     * An extra query parameter on every call.
     *
     * @param name the parameter name
     * @param value its value
     * @return this builder
     */
    public Builder query(String name, String value) {
      query.add(Map.entry(Checks.notBlank("query name", name), Objects.requireNonNull(value, "query value")));
      return this;
    }

    /** {@return the options} */
    public RequestOptions build() {
      return new RequestOptions(timeout, List.copyOf(headers), List.copyOf(query));
    }
  }
}
