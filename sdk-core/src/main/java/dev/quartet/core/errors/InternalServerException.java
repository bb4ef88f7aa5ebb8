package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/** The server answered any 5xx status: the server failed. */
public class InternalServerException extends ApiException {
  /**
   * An exception for a 5xx answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public InternalServerException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
