package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.http.SdkInterceptor;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Response;

/**
 * Waits for a {@link RateLimiter} token before each attempt. It is installed as a caller interceptor,
 * which the SDK pipeline runs inside the retry and auth layers: every request that actually reaches
 * the server — a retry or an auth replay included — takes a token, because the server counts those too.
 */
public final class RateLimitInterceptor implements SdkInterceptor {
  private final RateLimiter limiter;

  /**
   * Makes every request wait for {@code limiter}.
   *
   * @param limiter the limiter to wait for
   */
  public RateLimitInterceptor(RateLimiter limiter) {
    this.limiter = Checks.required("limiter", limiter);
  }

  @Override
  public Response intercept(Step step) throws IOException {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the rate limit");
    }
    return step.proceed(step.request());
  }
}
