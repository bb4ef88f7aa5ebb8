package dev.quartet.core.errors;

import dev.quartet.core.Headers;
import dev.quartet.core.RequestIds;

/**
 * A success status arrived, but its body was empty or could not be read as the operation's result
 * type. The message says where and what was expected, never what the body held, and ends with the
 * server's request id when it sent one.
 */
public class UnreadableResponseException extends SdkException {
  private final int status;
  private final Headers headers;
  private final String body;

  /**
   * An exception for a success answer whose body was empty or could not be decoded.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped (empty for a credential exchange)
   * @param problem what is wrong, e.g. "empty body, expected Place" or "at $.id: expected Long"
   */
  public UnreadableResponseException(int status, Headers headers, String body, String problem) {
    super(RequestIds.suffixed("HTTP " + status + ": " + problem, headers));
    this.status = status;
    this.headers = headers == null ? Headers.empty() : headers;
    this.body = body;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the response headers} */
  public Headers headers() {
    return headers;
  }

  /** {@return the id the server gave this answer (see {@link RequestIds#HEADERS}), or null when it sent none} */
  public String requestId() {
    return RequestIds.of(headers);
  }

  /**
   * {@return the body as text, cut at {@link ErrorBodies#MAX_CHARS} characters; empty for the answer
   * to a token or login request, which would hold a credential}
   */
  public String body() {
    return body;
  }
}
