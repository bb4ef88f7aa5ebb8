package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/** The server answered 400 Bad Request. */
public class BadRequestException extends ApiException {
  /**
   * An exception for a 400 answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public BadRequestException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
