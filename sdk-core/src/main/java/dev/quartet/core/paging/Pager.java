package dev.quartet.core.paging;

import dev.quartet.core.Checks;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over a listing, item by item ({@link #iterator()}, {@link #stream()}) or page by page
 * ({@link #pages()}). Nothing is fetched until iteration starts; each iteration starts again from
 * the first page; only the current page is held. {@link #limit(long)} stops after that many items
 * without fetching further pages.
 */
public final class Pager<T> implements Iterable<T> {
  private final Supplier<Page<T>> first;
  private final long limit;

  private Pager(Supplier<Page<T>> first, long limit) {
    this.first = Checks.required("first", first);
    this.limit = limit;
  }

  /**
   * {@return a lazy pager whose first page comes from {@code first}; nothing is fetched yet}
   *
   * @param <T> the item type
   * @param first fetches the first page
   */
  public static <T> Pager<T> of(Supplier<Page<T>> first) {
    return new Pager<>(first, Long.MAX_VALUE);
  }

  /**
   * {@return at most {@code maxItems} items; pages past them are not fetched}
   *
   * @param maxItems the max items
   */
  public Pager<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0, was " + maxItems);
    }
    return new Pager<>(first, maxItems);
  }

  /**
   * {@return the pages, fetched one at a time as the iteration advances; the iterator lets go of a
   * page before it fetches the next}
   */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private Supplier<Page<T>> next = first;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Page<T> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Page<T> page = next.get(); // the supplier holds a cursor only; a failed fetch can be asked again
        next = page.nextSupplier();
        return page;
      }
    };
  }

  /**
   * {@inheritDoc}
   *
   * <p>The iterator holds the current page's items (for a lazily decoded page, its bytes and the
   * item being read) and the way to the next page, never the page before.
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> items = java.util.Collections.emptyIterator();
      private long returned;

      @Override
      public boolean hasNext() {
        if (returned >= limit) {
          return false;
        }
        while (!items.hasNext() && pages.hasNext()) {
          items = java.util.Collections.emptyIterator(); // the spent page is unreachable while the next is fetched
          items = pages.next().items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        returned++;
        return items.next();
      }
    };
  }

  /** {@return the items as a lazy stream, fetching pages as it advances} */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
