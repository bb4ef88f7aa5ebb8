package dev.quartet.core.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One page of a non-blocking walk: its items, the total when the API says, and a future of the next
 * page, requested only when {@link #next()} is called.
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {
  private final List<T> items;
  private final Long total;
  private final Supplier<CompletableFuture<AsyncPage<T>>> next;

  /**
   * A page.
   *
   * @param items the items on this page
   * @param total the total across all pages, or null if the API does not say
   * @param next requests the following page; null on the last page
   */
  public AsyncPage(List<T> items, Long total, Supplier<CompletableFuture<AsyncPage<T>>> next) {
    this.items = Page.immutable(items);
    this.total = total;
    this.next = next;
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

  /** {@return the following page, requested now; cancelling the future cancels the request} */
  public CompletableFuture<AsyncPage<T>> next() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  @Override
  public String toString() {
    return "AsyncPage{items=" + items.size() + (total == null ? "" : ", total=" + total) + ", hasNext=" + hasNext() + "}";
  }
}
