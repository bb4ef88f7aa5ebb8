package dev.quartet.core;

import java.time.Instant;

/**
 * Writes typed parameter values the way an API documents them when that is not the default text
 * form ({@link ApiRequest} writes {@code Instant}s as ISO-8601 and booleans as {@code true}/{@code false}).
 * The generated code calls these for parameters the spec marks with {@code x-epoch-millis},
 * {@code x-epoch-seconds} or {@code x-boolean-as-number}.
 */
public final class WireValues {
  private WireValues() {}

  /**
   * {@return the instant as milliseconds since the epoch, or null}
   *
   * @param instant the value, may be null
   */
  public static Long epochMillis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /**
   * {@return the instant as whole seconds since the epoch (sub-second part dropped), or null}
   *
   * @param instant the value, may be null
   */
  public static Long epochSeconds(Instant instant) {
    return instant == null ? null : instant.getEpochSecond();
  }

  /**
   * {@return 1 for true, 0 for false, or null}
   *
   * @param flag the value, may be null
   */
  public static Integer numericFlag(Boolean flag) {
    return flag == null ? null : flag ? 1 : 0;
  }
}
