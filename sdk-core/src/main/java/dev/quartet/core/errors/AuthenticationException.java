package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/** The server answered 401 Unauthorized: credentials missing, invalid or expired. */
public class AuthenticationException extends ApiException {
  /**
   * An exception for a 401 answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @param details the parsed error body
   */
  public AuthenticationException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
