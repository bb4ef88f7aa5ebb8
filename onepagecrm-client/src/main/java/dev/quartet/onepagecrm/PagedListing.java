package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.Listing;
import java.util.Objects;

/** A {@code page}/{@code per_page} listing walked from its first page until {@code max_page} (or a short page). */
final class PagedListing {
  private PagedListing() {}

  /**
   * {@return the listing of one list operation that takes no filters, walked from page 1}
   *
   * @param fetch the generated list operation, asked for one page at a time
   * @param reader how its answers read
   */
  static <R, T> ListingSource<T> of(Operation<PageRequest, R> fetch, PageReader<R, T> reader) {
    return (perPage, options) -> walk(new PageRequest(1, perPage), fetch, reader, options);
  }

  /**
   * {@return the walk over the pages some filters select: from their page, their per_page at a time, every
   * other filter sent unchanged with each page request}
   *
   * @param params how the filters carry their page
   * @param fetch the generated list operation
   * @param reader how its answers read
   */
  static <P, R, T> EntityListing.Walk<P, T> of(PageParams<P> params, Operation<P, R> fetch, PageReader<R, T> reader) {
    return (filters, options) -> walk(params.first(filters), fetch.from(p -> params.at(filters, p)), reader, options);
  }

  private static <R, T> Listing<Integer, R, T> walk(PageRequest first, Operation<PageRequest, R> fetch,
      PageReader<R, T> reader, RequestOptions options) {
    int perPage = first.perPage();
    Checks.atLeast("page", first.page(), 1);
    Checks.range("per_page", perPage, 1, Contacts.MAX_PER_PAGE);
    Objects.requireNonNull(options, "options");
    return Listing.<Integer, R, T>of(first.page(), n -> fetch.call(new PageRequest(n, perPage), options),
        n -> fetch.async(new PageRequest(n, perPage), options), (n, answer) -> reader.slice(n, perPage, answer));
  }
}
