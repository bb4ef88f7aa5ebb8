package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Walks a {@code page}/{@code per_page} listing lazily. Every list answer has the same shape,
 * {@code data: {<plural>: [{<singular>: item}], page, per_page, max_page, total_count}}, but the
 * generated classes share no type, so the caller hands in how to read each part.
 */
final class PageWalker<D, I, T> {
  /** Where a list answer stands; any part may be missing. */
  record PageData(Integer page, Integer maxPage, Integer totalCount) {}

  private final int perPage;
  private final IntFunction<D> fetch;
  private final Function<D, List<I>> items;
  private final Function<I, T> entity;
  private final Function<D, PageData> pageData;

  private PageWalker(int perPage, IntFunction<D> fetch, Function<D, List<I>> items, Function<I, T> entity,
      Function<D, PageData> pageData) {
    this.perPage = perPage;
    this.fetch = fetch;
    this.items = items;
    this.entity = entity;
    this.pageData = pageData;
  }

  /**
   * Every item of a listing, nothing fetched before iteration starts.
   *
   * @param fetch the {@code data} of page n (counted from 1), asked for {@code perPage} at a time
   * @param items the list in that data; {@code entity} takes each element's wrapped object out
   */
  static <D, I, T> Pager<T> walk(int perPage, IntFunction<D> fetch, Function<D, List<I>> items,
      Function<I, T> entity, Function<D, PageData> pageData) {
    Checks.range("per_page", perPage, 1, Contacts.MAX_PER_PAGE);
    PageWalker<D, I, T> walker = new PageWalker<>(perPage, fetch, items, entity, pageData);
    return Pager.of(() -> walker.page(1));
  }

  private Page<T> page(int n) {
    D data = fetch.apply(n);
    List<I> raw = data == null ? null : items.apply(data);
    PageData at = data == null ? new PageData(null, null, null) : pageData.apply(data);
    Long total = at.totalCount() == null ? null : at.totalCount().longValue();
    if (raw == null || raw.isEmpty()) {
      return Page.last(List.of(), total);
    }
    // an element without its wrapped object has nothing to give; skip it rather than yield null
    List<T> out = raw.stream().filter(Objects::nonNull).map(entity).filter(Objects::nonNull).toList();
    // without max_page, a short page is the last one
    boolean more = at.maxPage() != null ? n < at.maxPage() : raw.size() >= perPage;
    return Page.of(out, total, more ? () -> page(n + 1) : null);
  }
}
