package dev.quartet.platform;

import java.time.Instant;

/** The one check every time-bounded call makes before sending: {@code from} not after {@code to}. */
final class TimeWindow {
  private TimeWindow() {}

  static void check(Instant from, Instant to) {
    check(from, to, "from", "to");
  }

  /** The same check for bounds with other names ({@code begin}, {@code end}). */
  static void check(Instant from, Instant to, String fromName, String toName) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(fromName + " must not be after " + toName + ", was " + fromName + "=" + from
          + ", " + toName + "=" + to);
    }
  }
}
