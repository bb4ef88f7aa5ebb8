package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 409 Conflict. */
public class ConflictException extends ApiException {
  public ConflictException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
