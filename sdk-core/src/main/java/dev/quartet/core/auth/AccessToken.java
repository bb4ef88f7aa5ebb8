package dev.quartet.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A bearer token and, when the server said so, the moment it stops working. */
public final class AccessToken {
  private final String value;
  private final Instant expiresAt;

  private AccessToken(String value, Instant expiresAt) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /** A token that does not expire by time (it may still be rejected with a 401). */
  public static AccessToken of(String value) {
    return new AccessToken(value, null);
  }

  public static AccessToken of(String value, Instant expiresAt) {
    return new AccessToken(value, Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  public String value() {
    return value;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** Never shows the token itself. */
  @Override
  public String toString() {
    return "AccessToken{value=***" + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + "}";
  }
}
