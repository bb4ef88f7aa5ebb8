package dev.quartet.core.http;

import okhttp3.Request;

/**
 * Request tag for operations that must go out without credentials (a token or login request itself).
 * Auth interceptors pass such requests through untouched.
 */
public final class Unauthenticated {
  public static final Unauthenticated TAG = new Unauthenticated();

  private Unauthenticated() {}

  public static boolean isMarked(Request request) {
    return request.tag(Unauthenticated.class) != null;
  }
}
