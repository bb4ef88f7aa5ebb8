package dev.quartet.core.errors;

import okhttp3.Headers;

/** The server answered 403 Forbidden: the credentials lack the rights for this call. */
public class PermissionDeniedException extends ApiException {
  public PermissionDeniedException(int status, Headers headers, String body, ErrorDetails details) {
    super(status, headers, body, details);
  }
}
