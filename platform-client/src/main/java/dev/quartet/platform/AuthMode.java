package dev.quartet.platform;

/** How a login and password authenticate later calls. */
public enum AuthMode {
  /** {@code POST /api/v1/auth/token}, then {@code Authorization: Bearer}; renewed before {@code expiresAt}. */
  TOKEN,
  /** {@code POST /api/v1/auth}, then the {@code sid} session cookie; renewed when it expires. */
  COOKIE
}
