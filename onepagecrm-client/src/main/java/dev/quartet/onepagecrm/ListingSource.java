package dev.quartet.onepagecrm;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.Listing;

/** Describes one listing, so its blocking and non-blocking walks share the page-reading code. */
@FunctionalInterface
interface ListingSource<T> {
  /**
   * {@return the listing, nothing fetched yet}
   *
   * @param perPage the page size, checked (1..100) before anything is sent
   * @param options applied to every page request
   */
  Listing<?, ?, T> listing(int perPage, RequestOptions options);
}
