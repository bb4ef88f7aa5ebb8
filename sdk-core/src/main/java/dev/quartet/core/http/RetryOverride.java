package dev.quartet.core.http;

import dev.quartet.core.retry.RetryPolicy;
import okhttp3.Request;

/**
 * Transport internals: the retry change one call asked for through {@code RequestOptions}, carried as
 * a request tag that {@link RetryInterceptor} reads. Either a whole policy, a retry count applied to
 * the client's (or that) policy, or both.
 */
public final class RetryOverride {
  private final RetryPolicy policy;
  private final Integer maxRetries;

  private RetryOverride(RetryPolicy policy, Integer maxRetries) {
    this.policy = policy;
    this.maxRetries = maxRetries;
  }

  /**
   * {@return the override, or null when neither part is set}
   *
   * @param policy the policy replacing the client's, or null
   * @param maxRetries the retry count replacing the policy's, or null
   */
  public static RetryOverride of(RetryPolicy policy, Integer maxRetries) {
    return policy == null && maxRetries == null ? null : new RetryOverride(policy, maxRetries);
  }

  /**
   * {@return the policy for {@code request}: {@code clientPolicy} changed by the request's override, if any}
   *
   * @param request the request, perhaps tagged with an override
   * @param clientPolicy the client's policy
   */
  public static RetryPolicy policyFor(Request request, RetryPolicy clientPolicy) {
    RetryOverride override = request.tag(RetryOverride.class);
    return override == null ? clientPolicy : override.applyTo(clientPolicy);
  }

  RetryPolicy applyTo(RetryPolicy clientPolicy) {
    RetryPolicy base = policy != null ? policy : clientPolicy;
    return maxRetries == null || maxRetries == base.maxRetries() ? base : base.toBuilder().maxRetries(maxRetries).build();
  }

  @Override
  public String toString() {
    return "RetryOverride{policy=" + (policy != null) + ", maxRetries=" + maxRetries + "}";
  }
}
