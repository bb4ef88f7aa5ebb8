package dev.quartet.platform;

import java.util.regex.Pattern;

/**
 * Checks a store name before it becomes part of a path. Stores may be nested ({@code tables/{id}/rows}),
 * so {@code /} is allowed between segments, but nothing that could leave {@code /api/v1/}.
 */
final class StoreNames {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");

  private StoreNames() {}

  static String check(String store) {
    if (store == null || store.isEmpty()) {
      throw new IllegalArgumentException("store must not be empty");
    }
    if (store.contains("..")) {
      throw new IllegalArgumentException("store must not contain \"..\", was \"" + store + "\"");
    }
    String[] segments = store.split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("store must not have empty segments (leading, trailing or doubled '/'), was \"" + store + "\"");
      }
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException("store segments may only hold letters, digits, '-' and '_', was \"" + store + "\"");
      }
    }
    return store;
  }
}
