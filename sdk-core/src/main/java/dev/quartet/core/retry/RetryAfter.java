package dev.quartet.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After}: either delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * {@return the wait a {@code Retry-After} value asks for, in seconds or as an HTTP date; empty if unreadable}
   *
   * @param value the header value, possibly null
   * @param clock the clock an HTTP date is measured against
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
