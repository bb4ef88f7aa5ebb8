package dev.quartet.core.errors;

import okhttp3.Headers;

/**
 * The server answered with a redirect the SDK does not follow: a token or login request (its body
 * carries credentials), a request whose body or method would have to go to another host, or too
 * many hops. Names the status and the target's origin, never the rest of the target URL (it may
 * carry a token) and never the request's credentials.
 */
public class RedirectRefusedException extends ApiException {
  private final String target;

  public RedirectRefusedException(int status, Headers headers, String body, String target, String reason) {
    super("HTTP " + status + " redirect to " + target + " not followed: " + reason, status, headers, body, ErrorDetails.none());
    this.target = target;
  }

  /** Scheme, host and port the server pointed to, e.g. {@code http://other.example:8080}. */
  public String target() {
    return target;
  }
}
