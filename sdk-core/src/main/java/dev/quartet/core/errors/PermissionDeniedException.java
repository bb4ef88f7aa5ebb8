package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/** The server answered 403 Forbidden: the credentials lack the rights for this call. */
public class PermissionDeniedException extends ApiException {
  /**
   * An exception for a 403 answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public PermissionDeniedException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
