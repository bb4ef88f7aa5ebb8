package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 401 Unauthorized: credentials missing, invalid or expired. */
public class AuthenticationException extends ApiException {
  public AuthenticationException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
