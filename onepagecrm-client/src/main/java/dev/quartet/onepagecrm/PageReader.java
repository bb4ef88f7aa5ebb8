package dev.quartet.onepagecrm;

import dev.quartet.core.paging.Slice;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads one kind of list answer. Every list answer has the same shape,
 * {@code data: {<plural>: [{<singular>: item}], page, per_page, max_page, total_count}}, but the
 * generated classes share no type, so each reader is told how to reach each part.
 *
 * @param <R> the answer type
 * @param <T> the item type handed to the caller
 */
final class PageReader<R, T> {
  /** What one page holds: its items, how many elements the answer had, and where it stands. */
  record Content<T>(List<T> items, int size, Integer maxPage, Long total) {}

  private final Function<R, Content<T>> read;

  private PageReader(Function<R, Content<T>> read) {
    this.read = read;
  }

  /**
   * A reader.
   *
   * @param data the answer's {@code data}
   * @param items the list in that data; {@code entity} takes each element's wrapped object out
   * @param maxPage the data's {@code max_page}
   * @param totalCount the data's {@code total_count}
   */
  static <R, D, I, T> PageReader<R, T> of(Function<R, D> data, Function<D, List<I>> items, Function<I, T> entity,
      Function<D, Integer> maxPage, Function<D, Integer> totalCount) {
    return new PageReader<>(answer -> {
      D d = answer == null ? null : data.apply(answer);
      List<I> raw = d == null ? null : items.apply(d);
      Integer total = d == null ? null : totalCount.apply(d);
      if (raw == null) {
        return new Content<>(List.of(), 0, null, total == null ? null : total.longValue());
      }
      // an element without its wrapped object has nothing to give; skip it rather than yield null
      List<T> out = raw.stream().filter(Objects::nonNull).map(entity).filter(Objects::nonNull).toList();
      return new Content<>(out, raw.size(), maxPage.apply(d), total == null ? null : total.longValue());
    });
  }

  /** {@return a reader handing {@code fn} of each item instead} */
  <U> PageReader<R, U> map(Function<T, U> fn) {
    return new PageReader<>(answer -> {
      Content<T> c = read.apply(answer);
      return new Content<>(c.items().stream().map(fn).filter(Objects::nonNull).toList(), c.size(), c.maxPage(),
          c.total());
    });
  }

  Content<T> content(R answer) {
    return read.apply(answer);
  }

  /** {@return page {@code page}'s items and the next page number: without max_page, a short page is the last} */
  Slice<Integer, T> slice(int page, int perPage, R answer) {
    Content<T> c = content(answer);
    if (c.size() == 0) {
      return new Slice<>(List.of(), c.total(), null);
    }
    boolean more = c.maxPage() != null ? page < c.maxPage() : c.size() >= perPage;
    return new Slice<>(c.items(), c.total(), more ? page + 1 : null);
  }
}
