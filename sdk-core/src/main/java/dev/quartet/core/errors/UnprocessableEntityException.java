package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 422 Unprocessable Entity. */
public class UnprocessableEntityException extends ApiException {
  public UnprocessableEntityException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
