package dev.quartet.platform;

import java.time.Instant;

/** The one check every time-bounded call makes before sending: {@code from} not after {@code to}. */
final class TimeWindow {
  private TimeWindow() {}

  static void check(Instant from, Instant to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was from=" + from + ", to=" + to);
    }
  }

  /** The same check on epoch-millisecond strings as {@link ListQuery} keeps them. */
  static void check(String from, String to, String fromName, String toName) {
    if (from != null && to != null && Long.parseLong(from) > Long.parseLong(to)) {
      throw new IllegalArgumentException(fromName + " must not be after " + toName + ", was " + fromName + "=" + from
          + ", " + toName + "=" + to);
    }
  }
}
