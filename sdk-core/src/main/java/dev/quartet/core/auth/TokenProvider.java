package dev.quartet.core.auth;

/** Supplies the bearer token for a request and replaces one the server rejected. */
public interface TokenProvider {
  /** {@return the token to send now; fetches one when none is cached or the cached one is about to expire} */
  AccessToken token();

  /**
   * Called after a 401 for a request sent with {@code rejected}. Returns a different token; when
   * another caller already replaced {@code rejected}, that replacement is returned without a new fetch.
   *
   * @param rejected the token the server answered 401 to
   * @return the token to retry with
   */
  AccessToken refresh(AccessToken rejected);

  /**
   * {@return a provider for a fixed token (refresh hands the same token back; the replay then fails again)}
   *
   * @param token the token
   */
  static TokenProvider fixed(String token) {
    return new FixedTokenProvider(AccessToken.of(token));
  }
}
