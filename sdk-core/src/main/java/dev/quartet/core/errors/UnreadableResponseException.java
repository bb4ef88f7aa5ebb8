package dev.quartet.core.errors;

import okhttp3.Headers;

/**
 * A success status arrived, but its body was empty or could not be read as the operation's result
 * type. The message says where and what was expected, never what the body held.
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
    super("HTTP " + status + ": " + problem);
    this.status = status;
    this.headers = headers;
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

  /**
   * {@return the body as text, cut at {@link ErrorBodies#MAX_CHARS} characters; empty for the answer
   * to a token or login request, which would hold a credential}
   */
  public String body() {
    return body;
  }
}
