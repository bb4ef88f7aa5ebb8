package dev.quartet.core;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.function.Function;

/**
 * A listing answer whose items sit inside an envelope, read by
 * {@link ApiInvoker#executeEnveloped}: the envelope's other fields (a total, page metadata) decoded at
 * once, the items decoded one by one as they are iterated, from the buffered answer.
 *
 * @param <E> the envelope type
 * @param <T> the item type
 * @param envelope the decoded envelope; its own items field is empty when {@code items} is lazy
 * @param items the items (null when the answer has none, as the envelope's field would be)
 */
public record EnvelopedItems<E, T>(E envelope, List<T> items) {
  /**
   * {@return where an envelope keeps its items}
   *
   * @param <E> the envelope type
   * @param <T> the item type
   * @param itemType the item type
   * @param itemsOf the items of a wholly decoded envelope (for an answer of another shape)
   * @param path the field names leading to the items array, e.g. {@code "data", "contacts"}
   */
  public static <E, T> At<E, T> at(TypeReference<T> itemType, Function<E, List<T>> itemsOf, String... path) {
    return new At<>(itemType, itemsOf, List.of(path));
  }

  /**
   * Where an envelope keeps its items.
   *
   * @param <E> the envelope type
   * @param <T> the item type
   * @param itemType the item type
   * @param itemsOf the items of a wholly decoded envelope
   * @param path the field names leading to the items array
   */
  public record At<E, T>(TypeReference<T> itemType, Function<E, List<T>> itemsOf, List<String> path) {
    /**
     * Checks the parts.
     *
     * @param itemType the item type
     * @param itemsOf the items of a wholly decoded envelope
     * @param path the field names leading to the items array, at least one
     */
    public At {
      Checks.required("itemType", itemType);
      Checks.required("itemsOf", itemsOf);
      path = List.copyOf(Checks.required("path", path));
      if (path.isEmpty()) {
        throw new IllegalArgumentException("path must name at least one field");
      }
    }
  }
}
