package dev.quartet.core.errors;

import dev.quartet.core.retry.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import dev.quartet.core.Headers;

/** The server answered 429 Too Many Requests (after the retries the policy allows). */
public class RateLimitException extends ApiException {
  /**
   * An exception for a 429 answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public RateLimitException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }

  /** {@return how long the server asked the caller to wait, from {@code Retry-After} (seconds or HTTP-date)} */
  public Optional<Duration> retryAfter() {
    return RetryAfter.parse(headers().get("Retry-After"), Clock.systemUTC());
  }
}
