package dev.quartet.sandbox;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the command line writes them: {@code 200ms}, {@code 2s}, {@code 1.5s}, {@code 10m}, {@code 2h}. */
final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private Durations() {}

  /**
   * {@return {@code value} as a duration}
   *
   * @param name what the value is for, named in the error
   * @param value e.g. {@code 200ms}
   * @throws IllegalArgumentException naming {@code name} and the forms accepted
   */
  static Duration parse(String name, String value) {
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(name + " needs a duration such as 200ms, 30s, 10m or 2h, not '" + value + "'");
    }
    double n = Double.parseDouble(m.group(1));
    long unitMillis = switch (m.group(2)) {
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m" -> 60_000;
      default -> 3_600_000;
    };
    return Duration.ofMillis(Math.round(n * unitMillis));
  }
}
