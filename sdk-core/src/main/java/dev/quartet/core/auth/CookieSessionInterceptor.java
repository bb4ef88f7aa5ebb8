package dev.quartet.core.auth;

import dev.quartet.core.Checks;
import dev.quartet.core.http.SdkInterceptor;
import dev.quartet.core.http.Unauthenticated;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Cookie;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cookie-session authentication: logs in before the first call and whenever the session cookie is
 * gone or expired, and once more after a 401, replaying the request once. The login itself (which
 * stores the cookie in the client's {@link SessionCookieJar}) is single-flight across callers,
 * failures included.
 */
public final class CookieSessionInterceptor implements SdkInterceptor {
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
  private final SingleFlight<Renewal> flight = new SingleFlight<>();

  /**
   * An interceptor that keeps a cookie session alive.
   *
   * @param jar the jar the session cookie lands in
   * @param cookieName the session cookie's name
   * @param login performs the login request
   */
  public CookieSessionInterceptor(SessionCookieJar jar, String cookieName, Login login) {
    this.jar = Checks.required("jar", jar);
    this.cookieName = Checks.required("cookieName", cookieName);
    this.login = Checks.required("login", login);
  }

  @Override
  public Response intercept(Step step) throws IOException {
    Request request = step.request();
    if (Unauthenticated.isMarked(request)) {
      return step.proceed(request);
    }
    String used = session();
    if (used == null) {
      used = relogin(null);
    }
    Response response = step.proceed(request);
    if (response.code() != 401) {
      return response;
    }
    response.close();
    relogin(used);
    return step.proceed(request);
  }

  /** The session cookie's value in the jar, or null. */
  private String session() {
    return jar.find(cookieName).map(Cookie::value).orElse(null);
  }

  /**
   * Logs in unless the session in the jar is no longer {@code rejected} (another caller renewed it);
   * returns the session now in the jar. Callers arriving during a login share it, its failure
   * included, so a refused login is tried once per burst.
   */
  private String relogin(String rejected) throws IOException {
    Renewal renewal = renew(rejected);
    while (rejected != null && rejected.equals(renewal.session()) && !renewal.replaced(rejected)) {
      // Joined a run that left this rejected session in the jar: one started by a caller without a
      // session, which found it there (several can follow each other), or the very login that issued
      // it, still finishing when this caller was refused. Run again until a run for this session
      // replaced it; if the server hands out the same value again, that answer stands.
      renewal = renew(rejected);
    }
    return renewal.session();
  }

  private Renewal renew(String rejected) throws IOException {
    try {
      return flight.run(() -> {
        String now = session();
        if (now != null && !now.equals(rejected)) {
          return new Renewal(now, null);
        }
        jar.clear();
        try {
          login.login();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new Renewal(session(), rejected);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The session a run left in the jar, and the rejected session it logged in to replace (null when it
   * did not log in, or logged in for a caller without a session).
   */
  private record Renewal(String session, String loggedInFor) {
    boolean replaced(String rejected) {
      return rejected.equals(loggedInFor);
    }
  }
}
