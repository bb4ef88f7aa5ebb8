package dev.quartet.core.auth;

import dev.quartet.core.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Caches one token, fetching a new one at first use, shortly before its expiry, and after a 401.
 * Fetches are single-flight, failures included: concurrent callers that need a new token wait for the
 * one fetch in progress and share its token or its exception.
 *
 * <p>The refresh margin adapts to the token's lifetime: at most {@code refreshBefore}, and at most half
 * of the lifetime the token had when it arrived, so a token that lives 30 seconds is still used for 15
 * instead of being replaced on every call.
 */
public final class CachingTokenProvider implements TokenProvider {
  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshBefore;
  private final SingleFlight<AccessToken> flight = new SingleFlight<>();
  private volatile Held current;

  /**
   * A provider with its own clock and refresh margin.
   *
   * @param fetcher fetches a new token
   * @param clock the clock expiry is judged by
   * @param refreshBefore how long before expiry a new token is fetched
   */
  public CachingTokenProvider(TokenFetcher fetcher, Clock clock, Duration refreshBefore) {
    this.fetcher = Checks.required("fetcher", fetcher);
    this.clock = Checks.required("clock", clock);
    this.refreshBefore = Checks.required("refreshBefore", refreshBefore);
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
    Held held = current;
    if (held != null && held.isFresh(clock.instant())) {
      return held.token;
    }
    return flight.run(() -> {
      Held now = current; // a flight that ended while this caller queued may have renewed it
      if (now != null && now != held && now.isFresh(clock.instant())) {
        return now.token;
      }
      return fetch(now);
    });
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    Held before = current;
    AccessToken token = flight.run(() -> replacing(rejected));
    while (token == rejected && current == before) { // every fetch holds a new Held, even for the same token
      // Joined a run started by token() (a caller that had no fresh token), which kept the very
      // token rejected here; several such runs can follow each other, so run again until one
      // replaced it (a run of replacing() with nothing newer always fetches).
      token = flight.run(() -> replacing(rejected));
    }
    return token;
  }

  private AccessToken replacing(AccessToken rejected) {
    Held now = current;
    if (now != null && now.token != rejected) {
      return now.token; // another caller already replaced the rejected token
    }
    return fetch(now);
  }

  private AccessToken fetch(Held previous) {
    AccessToken token = fetcher.fetch(previous == null ? null : previous.token);
    current = new Held(token, margin(token, clock.instant()));
    return token;
  }

  private Duration margin(AccessToken token, Instant now) {
    return token.expiresAt()
        .map(at -> Duration.between(now, at).dividedBy(2))
        .filter(half -> half.compareTo(refreshBefore) < 0)
        .map(half -> half.isNegative() ? Duration.ZERO : half)
        .orElse(refreshBefore);
  }

  @Override
  public String toString() {
    return "CachingTokenProvider{refreshBefore=" + refreshBefore + "}";
  }

  /** A token and the margin chosen for it when it arrived. */
  private static final class Held {
    final AccessToken token;
    final Duration margin;

    Held(AccessToken token, Duration margin) {
      this.token = token;
      this.margin = margin;
    }

    boolean isFresh(Instant now) {
      return token.expiresAt().map(at -> now.plus(margin).isBefore(at)).orElse(true);
    }
  }
}
