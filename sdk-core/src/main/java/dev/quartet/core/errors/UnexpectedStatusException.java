package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/** The server answered a non-success status without a more specific type. */
public class UnexpectedStatusException extends ApiException {
  /**
   * An exception for a status no other subtype covers.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public UnexpectedStatusException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
