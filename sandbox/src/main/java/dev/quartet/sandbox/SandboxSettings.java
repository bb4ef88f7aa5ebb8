package dev.quartet.sandbox;

import java.time.Clock;
import java.time.Duration;

/**
 * What a sandbox's emulators are told at start: the clock they read and how long the credentials they
 * issue last. Made by {@link Sandbox.Builder}; emulators read it.
 *
 * @param clock the time the emulators read for expiry
 * @param citypointTokenLifetime how long a Citypoint access token lasts ({@code expires_in})
 * @param platformSessionLifetime how long a platform login (token or cookie session) lasts
 */
public record SandboxSettings(Clock clock, Duration citypointTokenLifetime, Duration platformSessionLifetime) {
  /** Citypoint's tokens last 12 hours (the documented sample's {@code expires_in: 43200}) unless configured otherwise. */
  public static final Duration DEFAULT_CITYPOINT_TOKEN_LIFETIME = Duration.ofHours(12);
  /** The platform's logins last a day unless configured otherwise. */
  public static final Duration DEFAULT_PLATFORM_SESSION_LIFETIME = Duration.ofHours(24);

  /** {@return the settings a sandbox has when nothing is configured} */
  public static SandboxSettings defaults() {
    return new SandboxSettings(Clock.systemUTC(), DEFAULT_CITYPOINT_TOKEN_LIFETIME, DEFAULT_PLATFORM_SESSION_LIFETIME);
  }
}
