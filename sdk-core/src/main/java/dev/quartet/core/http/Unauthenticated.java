package dev.quartet.core.http;

import okhttp3.Request;

/**
 * Request tag for operations that must go out without credentials (a token or login request itself).
 * Auth interceptors pass such requests through untouched.
 */
public final class Unauthenticated {
  /** The tag value; tag a request with {@code Unauthenticated.class} and this. */
  public static final Unauthenticated TAG = new Unauthenticated();

  private Unauthenticated() {}

  /**
   * {@return whether {@code request} must go out without credentials}
   *
   * @param request the request
   */
  public static boolean isMarked(Request request) {
    return request.tag(Unauthenticated.class) != null;
  }
}
