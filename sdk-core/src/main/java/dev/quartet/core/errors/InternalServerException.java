package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered any 5xx status: the server failed. */
public class InternalServerException extends ApiException {
  public InternalServerException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
