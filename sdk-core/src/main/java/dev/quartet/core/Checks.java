package dev.quartet.core;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Client-side checks run before a request is sent. Each failure is an
 * {@link IllegalArgumentException} whose message names the parameter and the rule it broke.
 */
public final class Checks {
  private Checks() {}

  /**
   * {@return {@code value}; an {@link IllegalArgumentException} naming {@code name} if it is null}
   *
   * @param <T> the value's type
   * @param name the parameter name, for the message
   * @param value the value
   */
  public static <T> T required(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /**
   * {@return {@code value}; an {@link IllegalArgumentException} naming {@code name} if it is null or blank}
   *
   * @param name the parameter name, for the message
   * @param value the value
   */
  public static String notBlank(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Throws an {@link IllegalArgumentException} naming {@code name} unless {@code value} is within
   * [min, max]; null passes (optional parameters).
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param min the lowest allowed value
   * @param max the highest allowed value
   */
  public static void range(String name, Number value, long min, long max) {
    if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  /**
   * Throws an {@link IllegalArgumentException} naming {@code name} if {@code value} is below {@code min}.
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param min the lowest allowed value
   */
  public static void atLeast(String name, Number value, long min) {
    if (value != null && value.doubleValue() < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }

  /**
   * Throws an {@link IllegalArgumentException} naming {@code name} if {@code value} is above {@code max}.
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param max the highest allowed value
   */
  public static void atMost(String name, Number value, long max) {
    if (value != null && value.doubleValue() > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + ", was " + value);
    }
  }

  /**
   * A string of min..max characters; null passes.
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param min the fewest characters allowed
   * @param max the most characters allowed
   */
  public static void length(String name, String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      throw new IllegalArgumentException(
          name + " must be " + min + ".." + max + " characters long, was " + value.length());
    }
  }

  /**
   * Every item of a list of strings must be min..max characters long; null passes.
   *
   * @param name the parameter name, for the message
   * @param values the strings, may be null; a null item fails
   * @param min the fewest characters allowed
   * @param max the most characters allowed
   */
  public static void eachLength(String name, Collection<String> values, int min, int max) {
    if (values == null) {
      return;
    }
    int i = 0;
    for (String value : values) {
      required(name + "[" + i + "]", value);
      length(name + "[" + i + "]", value, min, max);
      i++;
    }
  }

  /**
   * A string matching the documented pattern {@code regex} in full; null passes.
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param regex the pattern the whole value must match
   */
  public static void matches(String name, String value, String regex) {
    matches(name, value, Pattern.compile(regex), "matching " + regex);
  }

  /**
   * A string matching {@code regex} in full; null passes.
   *
   * @param name the parameter name, for the message
   * @param value the value, may be null
   * @param regex the pattern the whole value must match
   * @param rule the rule as the message states it after "must be", e.g. {@code "matching [a-z]+"}
   */
  public static void matches(String name, String value, Pattern regex, String rule) {
    if (value != null && !regex.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must be " + rule + ", was \"" + value + "\"");
    }
  }

  /**
   * {@return {@code values}; an {@link IllegalArgumentException} naming {@code name} if one element is null}
   *
   * @param <C> the collection's type
   * @param name the parameter name, for the message
   * @param values the collection, not null
   */
  public static <C extends Collection<?>> C elementsNotNull(String name, C values) {
    for (Object value : values) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not contain null");
      }
    }
    return values;
  }
}
