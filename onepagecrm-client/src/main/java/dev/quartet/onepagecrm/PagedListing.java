package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import dev.quartet.core.paging.Listing;
import java.util.Objects;

/** A {@code page}/{@code per_page} listing walked from page 1 until {@code max_page} (or a short page). */
final class PagedListing {
  private PagedListing() {}

  /**
   * {@return the listing of one list operation}
   *
   * @param fetch the generated list operation, asked for one page at a time
   * @param reader how its answers read
   */
  static <R, T> ListingSource<T> of(Operation<PageRequest, R> fetch, PageReader<R, T> reader) {
    return (perPage, options) -> {
      Checks.range("per_page", perPage, 1, Contacts.MAX_PER_PAGE);
      Objects.requireNonNull(options, "options");
      return Listing.<Integer, R, T>of(1, n -> fetch.call(new PageRequest(n, perPage), options),
          n -> fetch.async(new PageRequest(n, perPage), options), (n, answer) -> reader.slice(n, perPage, answer));
    };
  }
}
