package dev.quartet.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches one token, fetching a new one at first use, {@code refreshBefore} ahead of its expiry, and
 * after a 401. Fetches are single-flight: concurrent callers that need a new token wait for the one
 * fetch in progress and share its result.
 */
public final class CachingTokenProvider implements TokenProvider {
  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshBefore;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;

  /**
   * A provider with its own clock and refresh margin.
   *
   * @param fetcher fetches a new token
   * @param clock the clock expiry is judged by
   * @param refreshBefore how long before expiry a new token is fetched
   */
  public CachingTokenProvider(TokenFetcher fetcher, Clock clock, Duration refreshBefore) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
  }

  /**
   * A provider on the system clock that refreshes 60 s before expiry.
   *
   * @param fetcher fetches a new token
   */
  public CachingTokenProvider(TokenFetcher fetcher) {
    this(fetcher, Clock.systemUTC(), Duration.ofSeconds(60));
  }

  @Override
  public AccessToken token() {
    AccessToken token = current;
    if (token != null && isFresh(token)) {
      return token;
    }
    lock.lock();
    try {
      if (current == null || !isFresh(current)) {
        current = fetcher.fetch(current);
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    lock.lock();
    try {
      if (current == null || current == rejected) {
        current = fetcher.fetch(rejected);
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  private boolean isFresh(AccessToken token) {
    return token.expiresAt().map(at -> clock.instant().plus(refreshBefore).isBefore(at)).orElse(true);
  }

  @Override
  public String toString() {
    return "CachingTokenProvider{refreshBefore=" + refreshBefore + "}";
  }
}
