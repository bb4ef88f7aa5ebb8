package dev.quartet.core.auth;

import dev.quartet.core.http.Unauthenticated;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cookie-session authentication: logs in before the first call and whenever the session cookie is
 * gone or expired, and once more after a 401, replaying the request once. The login itself (which
 * stores the cookie in the client's {@link SessionCookieJar}) is single-flight across callers.
 */
public final class CookieSessionInterceptor implements Interceptor {
  /** Performs the login request; the server's {@code Set-Cookie} lands in the jar. */
  @FunctionalInterface
  public interface Login {
    /**
     * Logs in, leaving the session cookie in the jar.
     *
     * @throws IOException if the login request fails
     */
    void login() throws IOException;
  }

  private final SessionCookieJar jar;
  private final String cookieName;
  private final Login login;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile long generation;

  /**
   * An interceptor that keeps a cookie session alive.
   *
   * @param jar the jar the session cookie lands in
   * @param cookieName the session cookie's name
   * @param login performs the login request
   */
  public CookieSessionInterceptor(SessionCookieJar jar, String cookieName, Login login) {
    this.jar = Objects.requireNonNull(jar, "jar");
    this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
    this.login = Objects.requireNonNull(login, "login");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (Unauthenticated.isMarked(request)) {
      return chain.proceed(request);
    }
    long seen = generation;
    if (jar.find(cookieName).isEmpty()) {
      seen = relogin(seen);
    }
    Response response = chain.proceed(request);
    if (response.code() != 401) {
      return response;
    }
    response.close();
    relogin(seen);
    return chain.proceed(request);
  }

  /** Logs in unless another caller already did since {@code seen}; returns the new generation. */
  private long relogin(long seen) throws IOException {
    lock.lock();
    try {
      if (generation == seen) {
        jar.clear();
        login.login();
        generation++;
      }
      return generation;
    } finally {
      lock.unlock();
    }
  }
}
