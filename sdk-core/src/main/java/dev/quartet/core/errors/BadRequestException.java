package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 400 Bad Request. */
public class BadRequestException extends ApiException {
  public BadRequestException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
