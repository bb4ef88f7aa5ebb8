package dev.quartet.spring.boot;

import java.time.Duration;

/** The settings every client's properties share. */
public abstract class ClientProperties {
  /** Whole-call timeout, retries included; the client's default (60 s) when unset. */
  private Duration timeout;

  /** Package-private: only the four properties classes of this package extend it. */
  ClientProperties() {}

  /** @return the whole-call timeout, or null for the client's default */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the whole-call timeout.
   *
   * @param timeout the whole-call timeout
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** How a secret shows in {@code toString()}: whether it is set, never its value. */
  static String secret(String value) {
    return value == null || value.isBlank() ? "(not set)" : "(set)";
  }
}
