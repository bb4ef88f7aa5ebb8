package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered a non-success status without a more specific type. */
public class UnexpectedStatusException extends ApiException {
  public UnexpectedStatusException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
