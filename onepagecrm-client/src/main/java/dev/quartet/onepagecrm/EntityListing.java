package dev.quartet.onepagecrm;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.Listing;

/**
 * An entity's own list operation as {@link ListedEntities} uses it: its generated parameters, the one-page
 * call, and the walk over every page the filters select.
 *
 * @param <P> the generated list parameter type
 * @param <L> the generated list answer
 * @param <T> the item type of the walk
 * @param params how {@code P} carries its page
 * @param page the one-page call
 * @param walk the walk over every page
 */
record EntityListing<P, L, T>(PageParams<P> params, Operation<P, L> page, Walk<P, T> walk) {
  /** Describes the walk over the records some filters select, so its blocking and non-blocking forms share the page-reading code. */
  @FunctionalInterface
  interface Walk<P, T> {
    /**
     * {@return the listing, nothing fetched yet}
     *
     * @param filters the filters, page and per_page included (checked before anything is sent)
     * @param options applied to every page request
     */
    Listing<?, ?, T> listing(P filters, RequestOptions options);
  }

  /**
   * {@return a plain {@code page}/{@code per_page} listing walked until {@code max_page} (or a short page)}
   *
   * @param params how {@code P} carries its page
   * @param page the one-page call
   * @param reader how its answers read
   */
  static <P, L, T> EntityListing<P, L, T> paged(PageParams<P> params, Operation<P, L> page, PageReader<L, T> reader) {
    return new EntityListing<>(params, page, PagedListing.of(params, page, reader));
  }
}
