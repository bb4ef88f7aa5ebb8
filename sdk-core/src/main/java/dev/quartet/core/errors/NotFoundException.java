package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 404 Not Found. */
public class NotFoundException extends ApiException {
  public NotFoundException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
