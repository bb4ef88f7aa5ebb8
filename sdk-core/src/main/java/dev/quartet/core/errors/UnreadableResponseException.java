package dev.quartet.core.errors;

import okhttp3.Headers;

/** A success status arrived, but its body could not be read as the operation's result type. */
public class UnreadableResponseException extends SdkException {
  private final int status;
  private final Headers headers;
  private final String body;

  /**
   * An exception for a success answer whose body could not be decoded.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param cause the decoding failure
   */
  public UnreadableResponseException(int status, Headers headers, String body, Throwable cause) {
    super("HTTP " + status + ": response body is not the expected " + describe(cause), cause);
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

  /** {@return the body as text, cut at {@link ErrorBodies#MAX_CHARS} characters} */
  public String body() {
    return body;
  }

  private static String describe(Throwable cause) {
    String m = cause.getMessage();
    int newline = m == null ? -1 : m.indexOf('\n');
    return "shape (" + (newline < 0 ? m : m.substring(0, newline)) + ")";
  }
}
