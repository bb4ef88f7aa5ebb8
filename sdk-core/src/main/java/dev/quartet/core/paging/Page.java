package dev.quartet.core.paging;

import dev.quartet.core.Checks;
import dev.quartet.core.json.LazyJsonArray;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One page of a listing: its items, the total when the API reports one, and how to fetch the next
 * page. The next page is a supplier that captures only the cursor (offset, page number, link), never
 * earlier pages, so walking a listing keeps one page in memory.
 */
public final class Page<T> {
  private final List<T> items;
  private final Long total;
  private final Supplier<Page<T>> next;

  private Page(List<T> items, Long total, Supplier<Page<T>> next) {
    this.items = immutable(Checks.required("items", items));
    this.total = total;
    this.next = next;
  }

  /** The items as an immutable list: a copy, unless they are already a lazily decoded page body. */
  static <T> List<T> immutable(List<T> items) {
    return items instanceof LazyJsonArray<T> ? items : List.copyOf(items);
  }

  /** The supplier of the next page, null on the last: lets a walk drop this page before fetching. */
  Supplier<Page<T>> nextSupplier() {
    return next;
  }

  /**
   * {@return a page with a way to fetch the next one}
   *
   * @param <T> the item type
   * @param items the items on this page
   * @param total the total across all pages, or null if the API does not say
   * @param next fetches the following page
   */
  public static <T> Page<T> of(List<T> items, Long total, Supplier<Page<T>> next) {
    return new Page<>(items, total, next);
  }

  /**
   * {@return the last page: {@link #next()} is never called for it}
   *
   * @param <T> the item type
   * @param items the items on this page
   * @param total the total across all pages, or null if the API does not say
   */
  public static <T> Page<T> last(List<T> items, Long total) {
    return new Page<>(items, total, null);
  }

  /** {@return the items on this page} */
  public List<T> items() {
    return items;
  }

  /** {@return the number of items in the whole listing, when the API says} */
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /** {@return whether another page follows} */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the following page.
   *
   * @return the next page
   */
  public Page<T> next() {
    if (next == null) {
      throw new java.util.NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + (total == null ? "" : ", total=" + total) + ", hasNext=" + hasNext() + "}";
  }
}
