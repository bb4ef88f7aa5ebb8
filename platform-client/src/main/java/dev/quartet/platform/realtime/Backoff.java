package dev.quartet.platform.realtime;

import dev.quartet.core.Checks;
import java.time.Duration;

/** Reconnect delays: {@code initial}, doubling after each failed attempt, capped at {@code max}. */
public record Backoff(Duration initial, Duration max) {
  /**
   * Checks {@code 0 < initial <= max}.
   *
   * @param initial the first delay
   * @param max the longest delay
   */
  public Backoff {
    Checks.required("initial", initial);
    Checks.required("max", max);
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + ", " + max);
    }
  }

  /** {@return one second doubling up to 30 seconds} */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /**
   * {@return the delay before attempt number {@code failures} (1 = first retry)}
   *
   * @param failures how many attempts have failed so far, 1 or more
   */
  public long delayMillis(int failures) {
    long delay = initial.toMillis();
    for (int i = 1; i < failures && delay < max.toMillis(); i++) {
      delay *= 2;
    }
    return Math.min(delay, max.toMillis());
  }
}
