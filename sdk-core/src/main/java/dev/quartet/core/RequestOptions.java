package dev.quartet.core;

import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Per-call settings applied on top of a client's configuration: a call timeout, extra headers and
 * query parameters, and a retry policy or retry count for these calls only. Immutable; combine with
 * {@link #merge(RequestOptions)}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(null, List.of(), List.of(), null, null);

  private final Duration timeout;
  private final List<Map.Entry<String, String>> headers;
  private final List<Map.Entry<String, String>> query;
  private final RetryPolicy retryPolicy;
  private final Integer maxRetries;

  private RequestOptions(Duration timeout, List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> query,
      RetryPolicy retryPolicy, Integer maxRetries) {
    this.timeout = timeout;
    this.headers = headers;
    this.query = query;
    this.retryPolicy = retryPolicy;
    this.maxRetries = maxRetries;
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

  /** {@return the retry policy replacing the client's for these calls, or null for the client's} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return the retry count replacing the applicable policy's for these calls, or null to keep it} */
  public Integer maxRetries() {
    return maxRetries;
  }

  /**
   * {@return these options overlaid by {@code other}: its timeout wins, headers and query add up; a
   * retry policy in {@code other} replaces this one's together with its retry count, a retry count
   * alone replaces only the count}
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
    RetryPolicy policy = other.retryPolicy != null ? other.retryPolicy : retryPolicy;
    Integer retries = other.retryPolicy != null || other.maxRetries != null ? other.maxRetries : maxRetries;
    return new RequestOptions(other.timeout != null ? other.timeout : timeout,
        Collections.unmodifiableList(h), Collections.unmodifiableList(q), policy, retries);
  }

  /** Header values are not shown: they may carry credentials. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", headers=" + headers.stream().map(Map.Entry::getKey).toList()
        + ", query=" + query.stream().map(Map.Entry::getKey).toList()
        + (retryPolicy == null ? "" : ", retryPolicy=set") + (maxRetries == null ? "" : ", maxRetries=" + maxRetries) + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private RetryPolicy retryPolicy;
    private Integer maxRetries;

    private Builder() {}

    /**
     * The whole-call timeout for these calls.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Checks.required("timeout", timeout);
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
      headers.add(Map.entry(Checks.notBlank("header name", name), Checks.required("header value", value)));
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
      query.add(Map.entry(Checks.notBlank("query name", name), Checks.required("query value", value)));
      return this;
    }

    /**
     * How these calls are retried, instead of the client's policy.
     *
     * @param retryPolicy the policy for these calls
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.required("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * How many retries follow the first attempt of these calls (0: none), keeping the rest of the
     * applicable policy (this builder's {@link #retryPolicy}, or the client's).
     *
     * @param maxRetries the retry count, at least 0
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      Checks.atLeast("maxRetries", maxRetries, 0);
      this.maxRetries = maxRetries;
      return this;
    }

    /** {@return the options} */
    public RequestOptions build() {
      return new RequestOptions(timeout, List.copyOf(headers), List.copyOf(query), retryPolicy, maxRetries);
    }
  }
}
