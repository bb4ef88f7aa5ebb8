package dev.quartet.core.errors;

import dev.quartet.core.Headers;

/**
 * The server answered with a redirect the SDK does not follow: a token or login request (its body
 * carries credentials), a request whose body or method would have to go to another host, or too
 * many hops. Names the status and the target's origin, never the rest of the target URL (it may
 * carry a token) and never the request's credentials.
 */
public class RedirectRefusedException extends ApiException {
  private final String target;

  /**
   * Where a redirect pointed and why it was not followed.
   *
   * @param target the origin (scheme, host and port) the redirect pointed to, without path or query
   * @param reason why the redirect was not followed
   */
  public record Refusal(String target, String reason) {}

  /**
   * A refused redirect.
   *
   * @param status the HTTP status of the redirect
   * @param headers the redirect's response headers
   * @param body the redirect's response body, capped
   * @param refusal where it pointed and why it was not followed
   */
  public RedirectRefusedException(int status, Headers headers, String body, Refusal refusal) {
    super("HTTP " + status + " redirect to " + refusal.target() + " not followed: " + refusal.reason(), status, headers,
        body, ErrorDetails.none());
    this.target = refusal.target();
  }

  /** {@return the scheme, host and port the server pointed to, e.g. {@code http://other.example:8080}} */
  public String target() {
    return target;
  }
}
