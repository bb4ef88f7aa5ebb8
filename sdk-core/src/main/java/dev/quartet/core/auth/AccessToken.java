package dev.quartet.core.auth;

import dev.quartet.core.Checks;
import java.time.Instant;
import java.util.Optional;

/** A bearer token and, when the server said so, the moment it stops working. */
public final class AccessToken {
  private final String value;
  private final Instant expiresAt;
  private String bearer;

  private AccessToken(String value, Instant expiresAt) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /**
   * {@return a token that does not expire by time (it may still be rejected with a 401)}
   *
   * @param value the value
   */
  public static AccessToken of(String value) {
    return new AccessToken(value, null);
  }

  /**
   * {@return a token, with its expiry if the server gave one}
   *
   * @param value the token as sent
   * @param expiresAt when it expires, or null if unknown
   */
  public static AccessToken of(String value, Instant expiresAt) {
    return new AccessToken(value, Checks.required("expiresAt", expiresAt));
  }

  /** {@return the token as sent in the authorization header} */
  public String value() {
    return value;
  }

  /** {@return {@code "Bearer " + value}, made once per token rather than once per request} */
  String bearerHeader() {
    String header = bearer;
    if (header == null) {
      header = "Bearer " + value;
      bearer = header; // a benign race: every thread computes the same string
    }
    return header;
  }

  /** {@return when the token expires, if known} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** Never shows the token itself. */
  @Override
  public String toString() {
    return "AccessToken{value=***" + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + "}";
  }
}
