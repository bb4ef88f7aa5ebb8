package dev.quartet.core.paging;

import dev.quartet.core.Checks;
import java.util.List;

/**
 * What one answer of a listing says: its items, the total when the API reports one, and the cursor of
 * the following page (an offset, a page number, a link), null on the last page. Holding only the
 * cursor, never the answer, is what keeps a walk at one page in memory.
 *
 * @param <C> the cursor's type
 * @param <T> the item type
 * @param items the items of this page
 * @param total the number of items across all pages, or null if the API does not say
 * @param next the cursor of the next page, or null if this is the last
 */
public record Slice<C, T>(List<T> items, Long total, C next) {
  /**
   * A slice.
   *
   * @param items the items of this page
   * @param total the number of items across all pages, or null if the API does not say
   * @param next the cursor of the next page, or null if this is the last
   */
  public Slice {
    items = Page.immutable(Checks.required("items", items));
  }
}
