package dev.quartet.onepagecrm;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a set of related resources as the {@code fields} query value: {@code deals(all),notes(all)}. */
final class FieldsQuery {
  private FieldsQuery() {}

  static <E extends Enum<E>> String of(Set<E> fields, Function<E, String> resource) {
    if (fields == null || fields.isEmpty()) {
      return null;
    }
    for (E e : fields) {
      if (e == null) {
        throw new IllegalArgumentException("fields must not contain null");
      }
    }
    // an EnumSet copy puts the values in declaration order, whatever set the caller passed
    Set<E> ordered = EnumSet.copyOf(fields);
    return ordered.stream().map(e -> resource.apply(e) + "(all)").collect(Collectors.joining(","));
  }
}
