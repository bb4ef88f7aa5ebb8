package dev.quartet.core.http;

import dev.quartet.core.retry.RetryAfter;
import dev.quartet.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one retry layer of the SDK (OkHttp's own silent retry is switched off). Retries connection
 * failures and {@link RetryPolicy#RETRYABLE_STATUSES}. Idempotent methods and repeatable token or
 * login requests are always eligible; POST, PATCH and single-use credential exchanges only when the
 * failed attempt never reached the server, so nothing is done twice. Bodies of eligible requests are
 * read here (decoded as they arrive when the invoker asks, see {@link StreamingRead}; otherwise
 * buffered), so a body cut short is retried like any other connection fault.
 */
public final class RetryInterceptor implements SdkInterceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryPolicy policy;

  /**
   * Retries calls as {@code policy} says, or as a call's {@link RetryOverride} tag says for that call.
   *
   * @param policy the retry policy
   */
  public RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Step step) throws IOException {
    Request request = step.request();
    RetryPolicy policy = RetryOverride.policyFor(request, this.policy);
    boolean idempotent = IDEMPOTENT.contains(request.method())
        || CredentialExchange.of(request) == CredentialExchange.REPEATABLE;
    long start = policy.clock().millis(); // a long, not an Instant: most calls never read it
    for (int retry = 1; ; retry++) {
      // Only a call that is not idempotent asks whether the attempt reached the network: only its
      // attempts carry a tracker (a tag means a copy of the request).
      AttemptTracker attempt = idempotent ? null : new AttemptTracker();
      Response response;
      try {
        response = step.proceed(idempotent ? request : request.newBuilder().tag(AttemptTracker.class, attempt).build());
        if (idempotent) {
          read(request, response); // a body cut short (a malformed chunk) is one more connection fault
        }
      } catch (IOException failure) {
        if (failure instanceof CarriedSdkException) {
          throw failure; // an auth failure, not a network one: retrying would not help
        }
        boolean safe = idempotent || !attempt.reachedNetwork();
        if (!safe || step.call().isCanceled() || retry > policy.maxRetries()) {
          throw failure;
        }
        if (!waitBeforeRetry(policy, policy.backoff(retry), start)) {
          throw failure;
        }
        continue;
      }
      if (!idempotent || retry > policy.maxRetries() || !RetryPolicy.RETRYABLE_STATUSES.contains(response.code())) {
        return response;
      }
      Duration delay = policy.backoff(retry);
      Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), policy.clock());
      if (asked.isPresent()) {
        if (asked.get().compareTo(policy.maxBackoff()) > 0) {
          return response;
        }
        delay = asked.get();
      }
      if (!fitsBudget(policy, delay, start)) {
        return response;
      }
      response.close();
      if (!waitBeforeRetry(policy, delay, start)) {
        throw new InterruptedIOException("retry wait interrupted");
      }
    }
  }

  /** Decodes a success body while it arrives when the invoker asked for that ({@link StreamingRead}), else buffers it. */
  private static void read(Request request, Response response) throws IOException {
    StreamingRead streaming = StreamingRead.of(request);
    if (streaming == null || !streaming.readFrom(response)) {
      buffered(response);
    }
  }

  /**
   * The response with its body read into memory (into the body's own buffer, so nothing is copied),
   * so a fault while reading it happens here, where it can be retried, and the connection goes back
   * to the pool at once (OkHttp releases it when the body's end is read).
   */
  private static void buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null || response.code() == 101) {
      return; // a WebSocket upgrade: its stream is the socket itself
    }
    try {
      body.source().request(Long.MAX_VALUE);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
  }

  /** Sleeps for {@code delay}; false when the budget does not allow it. */
  private static boolean waitBeforeRetry(RetryPolicy policy, Duration delay, long start) throws InterruptedIOException {
    if (!fitsBudget(policy, delay, start)) {
      return false;
    }
    try {
      policy.sleeper().sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static boolean fitsBudget(RetryPolicy policy, Duration delay, long start) {
    Duration elapsed = Duration.ofMillis(policy.clock().millis() - start);
    return elapsed.plus(delay).compareTo(policy.totalBudget()) <= 0;
  }
}
