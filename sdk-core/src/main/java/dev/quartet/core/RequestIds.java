package dev.quartet.core;

import java.util.List;

/**
 * Finds the id a server gave an answer, for support tickets and log correlation. None of the four
 * APIs documents a request-id header, so the common ones are tried in order: the generic
 * {@code X-Request-Id} and {@code Request-Id}, {@code X-Correlation-Id}, Amazon's ({@code
 * X-Amzn-RequestId}; {@code X-Amz-Request-Id} from S3, where OnePageCRM uploads go) and Cloudflare's
 * {@code CF-Ray}, which fronting proxies add.
 */
public final class RequestIds {
  /** The headers read, first match wins. */
  public static final List<String> HEADERS = List.of(
      "X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId", "X-Amz-Request-Id", "CF-Ray");

  private static final int MAX_CHARS = 200;

  private RequestIds() {}

  /**
   * {@return the request id in {@code headers}, or null when none of {@link #HEADERS} is set}
   *
   * @param headers an answer's headers
   */
  public static String of(Headers headers) {
    if (headers == null) {
      return null;
    }
    for (String name : HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        String id = value.trim();
        return id.length() > MAX_CHARS ? id.substring(0, MAX_CHARS) : id;
      }
    }
    return null;
  }

  /**
   * {@return {@code message} with {@code " [request id: X]"} appended when {@code headers} carry one}
   *
   * @param message the message
   * @param headers the answer's headers
   */
  public static String suffixed(String message, Headers headers) {
    String id = of(headers);
    return id == null ? message : message + " [request id: " + id + "]";
  }
}
