package dev.quartet.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Writes {@code where.<path>} filter values the way the platform reads them: alternatives joined by
 * commas, {@code null}/{@code true}/{@code false} as literals, and strings that would otherwise read as
 * a literal or a number wrapped in JSON double quotes ({@code "1234"}).
 */
final class WhereValues {
  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*");
  private static final Pattern NUMBER_LIKE = Pattern.compile("\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*");

  private WhereValues() {}

  /** The query parameter name for a dotted field path; a leading {@code where.} is accepted. */
  static String parameter(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("where path must not be blank");
    }
    String bare = path.startsWith("where.") ? path.substring("where.".length()) : path;
    if (!PATH.matcher(bare).matches()) {
      throw new IllegalArgumentException("where path must be dotted field names (letters, digits, '_', '-', '$'), was \"" + path + "\"");
    }
    return "where." + bare;
  }

  /** The query value for one or more alternatives. */
  static String join(Object... values) {
    if (values == null) {
      return "null"; // where(path, (Object[]) null): a single null alternative
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("where needs at least one value");
    }
    StringJoiner joined = new StringJoiner(",");
    for (Object value : values) {
      joined.add(one(value));
    }
    return joined.toString();
  }

  static String one(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    if (value instanceof Instant instant) {
      return Long.toString(instant.toEpochMilli());
    }
    if (value instanceof Enum<?> e) {
      return one(e.name());
    }
    String text = value.toString();
    if (text.indexOf(',') >= 0) {
      // The comma separates alternatives and the platform documents no escape for it.
      throw new IllegalArgumentException("where values cannot contain ',' (it separates alternatives), was \"" + text + "\"");
    }
    if (text.equals("null") || text.equals("true") || text.equals("false") || NUMBER_LIKE.matcher(text).matches()
        || text.startsWith("\"")) {
      return quote(text);
    }
    return text;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
