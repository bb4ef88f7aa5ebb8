package dev.quartet.citypoint;

import dev.quartet.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A {@code filter[...]} expression in the API's function-call syntax, built in Java instead of by
 * hand: {@code Filter.and(Filter.gte(Note.DATE_OF_CREATION, since), Filter.eq(Note.IMPORTANT, true))}
 * renders {@code and(gte(DateOfCreation,2024-05-01T00:00:00Z),eq(Important,1))}.
 *
 * <p>Values: booleans become {@code 1}/{@code 0}, instants {@code YYYY-MM-DDTHH:MM:SSZ} in UTC
 * (fractions of a second dropped), numbers their plain decimal form. The syntax has no documented
 * quoting, so text containing {@code ( ) ,} is refused rather than sent ambiguous. {@code eq, gt, gte,
 * and} are seen in working clients; {@code lt, lte, or} follow the same pattern and are not confirmed.
 */
public final class Filter {
  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final String expression;

  private Filter(String expression) {
    this.expression = expression;
  }

  /**
   * {@return a filter on {@code field} equal to {@code value}}
   *
   * @param field the attribute name
   * @param value the value to compare with, written as {@link #format(Object)} writes it
   */
  public static Filter eq(String field, Object value) {
    return compare("eq", field, value);
  }

  /**
   * {@return a filter on {@code field} greater than {@code value}}
   *
   * @param field the attribute name
   * @param value the value to compare with, written as {@link #format(Object)} writes it
   */
  public static Filter gt(String field, Object value) {
    return compare("gt", field, value);
  }

  /**
   * {@return a filter on {@code field} greater than or equal to {@code value}}
   *
   * @param field the attribute name
   * @param value the value to compare with, written as {@link #format(Object)} writes it
   */
  public static Filter gte(String field, Object value) {
    return compare("gte", field, value);
  }

  /**
   * {@return a filter on {@code field} less than {@code value}}
   *
   * @param field the attribute name
   * @param value the value to compare with, written as {@link #format(Object)} writes it
   */
  public static Filter lt(String field, Object value) {
    return compare("lt", field, value);
  }

  /**
   * {@return a filter on {@code field} less than or equal to {@code value}}
   *
   * @param field the attribute name
   * @param value the value to compare with, written as {@link #format(Object)} writes it
   */
  public static Filter lte(String field, Object value) {
    return compare("lte", field, value);
  }

  /**
   * {@return all of {@code parts}; a single part is returned as it is}
   *
   * @param parts the filters to combine
   */
  public static Filter and(Filter... parts) {
    return combine("and", parts);
  }

  /**
   * {@return any of {@code parts}; a single part is returned as it is}
   *
   * @param parts the filters to combine
   */
  public static Filter or(Filter... parts) {
    return combine("or", parts);
  }

  /** {@return the expression as sent, e.g. {@code eq(Important,1)}} */
  public String expression() {
    return expression;
  }

  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter other && other.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  /**
   * {@return how a value is written inside an expression: booleans as 1 or 0, dates as UTC seconds,
   * numbers plainly, enums by name, anything else by {@code toString()}}
   *
   * @param value the value; its text may not be empty or contain {@code (}, {@code )} or {@code ,}
   */
  public static String format(Object value) {
    Checks.required("filter value", value);
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof Instant i) {
      return SECONDS.format(i.truncatedTo(ChronoUnit.SECONDS));
    }
    if (value instanceof OffsetDateTime t) {
      return format(t.toInstant());
    }
    if (value instanceof ZonedDateTime t) {
      return format(t.toInstant());
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = value instanceof Enum<?> e ? e.name() : value.toString();
    if (text.isEmpty() || text.chars().anyMatch(c -> c == '(' || c == ')' || c == ',')) {
      throw new IllegalArgumentException("filter value \"" + text + "\" cannot be written: it is empty or contains"
          + " ( ) , which the filter syntax has no documented way to quote");
    }
    return text;
  }

  static String checkField(String field) {
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("field must be an attribute name such as DateOfCreation, was \"" + field + "\"");
    }
    return field;
  }

  private static Filter compare(String function, String field, Object value) {
    return new Filter(function + "(" + checkField(field) + "," + format(value) + ")");
  }

  private static Filter combine(String function, Filter[] parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException(function + "() needs at least one filter");
    }
    if (parts.length == 1) {
      return Checks.required("filter", parts[0]);
    }
    StringBuilder out = new StringBuilder(function).append('(');
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : ",").append(Checks.required("filter", parts[i]).expression);
    }
    return new Filter(out.append(')').toString());
  }
}
