package dev.quartet.citypoint;

import java.util.Objects;

/**
 * One sort key. Several keys are sent comma-separated in {@code sort}; descending ones carry a
 * leading {@code -} (the JSON:API convention; the vendor documents only "sort by the given field").
 */
public final class Sort {
  private final String field;
  private final boolean descending;

  private Sort(String field, boolean descending) {
    this.field = Filter.checkField(field);
    this.descending = descending;
  }

  /**
   * {@return ascending order by {@code field}}
   *
   * @param field the attribute name
   */
  public static Sort asc(String field) {
    return new Sort(field, false);
  }

  /**
   * {@return descending order by {@code field}}
   *
   * @param field the attribute name
   */
  public static Sort desc(String field) {
    return new Sort(field, true);
  }

  /** {@return the attribute sorted by} */
  public String field() {
    return field;
  }

  /** {@return whether the order is descending} */
  public boolean isDescending() {
    return descending;
  }

  /** The text sent in {@code sort}, e.g. {@code -DateOfCreation}. */
  @Override
  public String toString() {
    return descending ? "-" + field : field;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sort other && other.field.equals(field) && other.descending == descending;
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, descending);
  }
}
