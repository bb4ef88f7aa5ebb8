package dev.quartet.core;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.json.LazyJsonArray;
import java.util.List;
import java.util.Objects;
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
   * {@return where an envelope keeps its items, for an item type that is a plain class}
   *
   * @param <E> the envelope type
   * @param <T> the item type
   * @param itemType the item class
   * @param itemsOf the items of a wholly decoded envelope (for an answer of another shape)
   * @param path the field names leading to the items array
   */
  public static <E, T> At<E, T> at(Class<T> itemType, Function<E, List<T>> itemsOf, String... path) {
    return at(Types.of(Checks.required("itemType", itemType)), itemsOf, path);
  }

  /**
   * {@return the items turned into {@code U}s by {@code f}, null items dropped (an answer without
   * items gives an empty list); items read lazily stay lazy, each turned as it is decoded}
   *
   * @param <U> the new item type
   * @param f turns one item into the new one
   */
  public <U> List<U> mapItems(Function<? super T, ? extends U> f) {
    Checks.required("f", f);
    if (items == null) {
      return List.of();
    }
    if (items instanceof LazyJsonArray<T> lazy) {
      return lazy.map(f); // holds no null: an array with one is decoded whole
    }
    return items.stream().filter(Objects::nonNull).<U>map(f).toList();
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
