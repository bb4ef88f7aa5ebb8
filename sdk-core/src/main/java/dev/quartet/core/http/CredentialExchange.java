package dev.quartet.core.http;

import okhttp3.Request;

/**
 * Request tag for token and login requests, whose bodies carry credentials. Such a request never
 * follows a redirect, its bodies (sent and received) are never logged, and decoding failures never
 * quote its answer. {@link #REPEATABLE} exchanges (a password, client-credentials or login grant)
 * create nothing on the server and are retried like idempotent calls; {@link #SINGLE_USE} ones (a
 * refresh-token grant, whose token may rotate) are retried only when they never reached the server.
 */
public enum CredentialExchange {
  /** Creates nothing on the server (password, client-credentials or login grant): retried freely. */
  REPEATABLE,
  /** May consume what it sends (a rotating refresh token): retried only if it never got there. */
  SINGLE_USE;

  /**
   * Reads the credential tag of a request.
   *
   * @param request the request to inspect
   * @return the tag on {@code request}, or null for an ordinary call
   */
  public static CredentialExchange of(Request request) {
    return request.tag(CredentialExchange.class);
  }

  /**
   * Tells whether a request carries credentials in its body.
   *
   * @param request the request to inspect
   * @return whether {@code request} has either credential tag
   */
  public static boolean isMarked(Request request) {
    return of(request) != null;
  }
}
