package dev.quartet.core.auth;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * Keeps the cookies of one API host in memory and sends them only back to that host. Expired cookies
 * are dropped on every read.
 */
public final class SessionCookieJar implements CookieJar {
  private final String host;
  private final List<Cookie> cookies = new ArrayList<>();

  /**
   * A jar for the cookies of {@code apiBase}'s host.
   *
   * @param apiBase the API base URL whose host the cookies belong to
   */
  public SessionCookieJar(HttpUrl apiBase) {
    this.host = apiBase.host();
  }

  @Override
  public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
    if (!url.host().equals(host)) {
      return;
    }
    for (Cookie cookie : received) {
      cookies.removeIf(c -> c.name().equals(cookie.name()) && c.path().equals(cookie.path()));
      cookies.add(cookie);
    }
  }

  @Override
  public synchronized List<Cookie> loadForRequest(HttpUrl url) {
    long now = System.currentTimeMillis();
    cookies.removeIf(c -> c.expiresAt() <= now);
    if (!url.host().equals(host)) {
      return List.of();
    }
    List<Cookie> matching = new ArrayList<>();
    for (Cookie c : cookies) {
      if (c.matches(url)) {
        matching.add(c);
      }
    }
    return matching;
  }

  /**
   * {@return the live value of cookie {@code name}, if the jar holds one}
   *
   * @param name the name
   */
  public synchronized java.util.Optional<Cookie> find(String name) {
    long now = System.currentTimeMillis();
    return cookies.stream().filter(c -> c.name().equals(name) && c.expiresAt() > now).findFirst();
  }

  /** Forgets every cookie, so the next call logs in again. */
  public synchronized void clear() {
    cookies.clear();
  }

  @Override
  public String toString() {
    return "SessionCookieJar{host=" + host + ", cookies=" + cookies.size() + "}";
  }
}
