package dev.quartet.core.auth;

/**
 * Obtains a new token from the server. {@code previous} is the token being replaced (null at first
 * use), so an OAuth fetcher can use its refresh token and fall back to the password grant.
 */
@FunctionalInterface
public interface TokenFetcher {
  /**
   * Fetches a new token.
   *
   * @param previous the token being replaced, or null on the first fetch
   * @return the new token
   */
  AccessToken fetch(AccessToken previous);
}
