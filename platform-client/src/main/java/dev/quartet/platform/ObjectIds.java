package dev.quartet.platform;

import java.util.regex.Pattern;

/** The platform's identifiers are BSON ObjectIds: 24 hexadecimal characters. */
public final class ObjectIds {
  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

  private ObjectIds() {}

  /**
   * {@return whether {@code value} is a well-formed object id}
   *
   * @param value the text to check
   */
  public static boolean isValid(String value) {
    return value != null && OBJECT_ID.matcher(value).matches();
  }

  /** Returns {@code value}, or throws naming {@code param} when it is not an ObjectId. */
  static String check(String param, String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(param + " must be an ObjectId (24 hexadecimal characters), was "
          + (value == null ? "null" : "\"" + value + "\""));
    }
    return value;
  }
}
