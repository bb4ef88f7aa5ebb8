package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/**
 * Reads an API's error body. Implementations must never throw: a body they do not understand yields
 * {@link ErrorDetails#none()} and the exception is still typed by status.
 */
@FunctionalInterface
public interface ErrorParser {
  /**
   * Reads an error answer.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, capped
   * @return what the body says, or {@link ErrorDetails#none()}
   */
  ErrorDetails parse(int status, Headers headers, String body);
}
