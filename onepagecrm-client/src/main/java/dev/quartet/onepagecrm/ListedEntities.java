package dev.quartet.onepagecrm;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import java.util.concurrent.CompletableFuture;

/**
 * The listing calls every OnePageCRM record type shares: walk every record, or the records some filters
 * select, lazily ({@code listAll}, {@code listAllAsync}), or fetch one page as the API answers it
 * ({@code list}, {@code listWithResponse}, {@code listAsync}). Filters are the entity's generated list
 * parameters, e.g. {@code ListContactsParams.builder().search("ada").sortBy(ContactSortBy.LAST_NAME).build()}.
 * A walk starts at the filters' {@code page} (default 1), asks for their {@code per_page} (default
 * {@value Contacts#MAX_PER_PAGE}) at a time and sends every other filter unchanged with each page request.
 * Contacts past {@value Contacts#PAGED_LIMIT}: see {@link Contacts}.
 *
 * @param <T> the item type of {@link #listAll()}
 * @param <P> the entity's generated list parameters (e.g. {@code ListNotesParams})
 * @param <L> the entity's generated list answer (e.g. {@code NoteList})
 */
public abstract class ListedEntities<T, P, L> {
  private final EntityListing<P, L, T> listing;

  ListedEntities(EntityListing<P, L, T> listing) {
    this.listing = listing;
  }

  /** {@return every record, {@value Contacts#MAX_PER_PAGE} per request, lazily; nothing is sent before iteration} */
  public Pager<T> listAll() {
    return listAll(listing.params().none(), RequestOptions.none());
  }

  /**
   * {@return every record, {@value Contacts#MAX_PER_PAGE} per request, lazily}
   *
   * @param options applied to every page request
   */
  public Pager<T> listAll(RequestOptions options) {
    return listAll(listing.params().none(), options);
  }

  /**
   * {@return every record, fetched lazily {@code perPage} at a time; nothing is sent before iteration}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   */
  public Pager<T> listAll(int perPage) {
    return listAll(perPage, RequestOptions.none());
  }

  /**
   * {@return every record, fetched lazily {@code perPage} at a time; nothing is sent before iteration}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   * @param options applied to every page request
   */
  public Pager<T> listAll(int perPage, RequestOptions options) {
    return listAll(listing.params().sized(perPage), options);
  }

  /**
   * Every record {@code filters} select, fetched lazily page by page: from the filters' page (default 1),
   * their per_page (default {@value Contacts#MAX_PER_PAGE}) at a time, every other filter sent unchanged
   * with each request. Nothing is sent before iteration.
   *
   * @param filters the generated list parameters; page and per_page are checked now
   * @return the lazy pager
   * @throws IllegalArgumentException if {@code filters} is null or its page or per_page is out of range
   */
  public Pager<T> listAll(P filters) {
    return listAll(filters, RequestOptions.none());
  }

  /**
   * {@link #listAll(Object)} with {@code options} applied to every page request.
   *
   * @param filters the generated list parameters; page and per_page are checked now
   * @param options applied to every page request
   * @return the lazy pager
   * @throws IllegalArgumentException if {@code filters} is null or its page or per_page is out of range
   */
  public Pager<T> listAll(P filters, RequestOptions options) {
    return listing.walk().listing(Checks.required("filters", filters), options).pager();
  }

  /** {@return {@link #listAll()} walked without blocking a thread between pages} */
  public AsyncPager<T> listAllAsync() {
    return listAllAsync(listing.params().none(), RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(RequestOptions)} walked without blocking a thread between pages}
   *
   * @param options applied to every page request
   */
  public AsyncPager<T> listAllAsync(RequestOptions options) {
    return listAllAsync(listing.params().none(), options);
  }

  /**
   * {@return {@link #listAll(int)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   */
  public AsyncPager<T> listAllAsync(int perPage) {
    return listAllAsync(perPage, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(int, RequestOptions)} walked without blocking a thread between pages}
   *
   * @param perPage the page size, 1 to 100 (checked now)
   * @param options applied to every page request
   */
  public AsyncPager<T> listAllAsync(int perPage, RequestOptions options) {
    return listAllAsync(listing.params().sized(perPage), options);
  }

  /**
   * {@return {@link #listAll(Object)} walked without blocking a thread between pages}
   *
   * @param filters the generated list parameters; page and per_page are checked now
   */
  public AsyncPager<T> listAllAsync(P filters) {
    return listAllAsync(filters, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(Object, RequestOptions)} walked without blocking a thread between pages}
   *
   * @param filters the generated list parameters; page and per_page are checked now
   * @param options applied to every page request
   */
  public AsyncPager<T> listAllAsync(P filters, RequestOptions options) {
    return listing.walk().listing(Checks.required("filters", filters), options).async();
  }

  /**
   * One page of the listing {@code filters} select (their page and per_page, the API's defaults where
   * unset), as the API sent it: items, {@code total_count}, {@code max_page}.
   *
   * @param filters the generated list parameters
   * @return the page
   */
  public L list(P filters) {
    return list(filters, RequestOptions.none());
  }

  /**
   * {@link #list(Object)} with per-call options.
   *
   * @param filters the generated list parameters
   * @param options per-call options over the client's
   * @return the page
   */
  public L list(P filters, RequestOptions options) {
    return listing.page().call(Checks.required("filters", filters), options);
  }

  /**
   * {@return {@link #list(Object)} with the answer's status and headers}
   *
   * @param filters the generated list parameters
   */
  public ApiResponse<L> listWithResponse(P filters) {
    return listWithResponse(filters, RequestOptions.none());
  }

  /**
   * {@return {@link #list(Object, RequestOptions)} with the answer's status and headers}
   *
   * @param filters the generated list parameters
   * @param options per-call options over the client's
   */
  public ApiResponse<L> listWithResponse(P filters, RequestOptions options) {
    return listing.page().withResponse(Checks.required("filters", filters), options);
  }

  /**
   * {@return {@link #list(Object)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param filters the generated list parameters
   */
  public CompletableFuture<L> listAsync(P filters) {
    return listAsync(filters, RequestOptions.none());
  }

  /**
   * {@return {@link #list(Object, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param filters the generated list parameters
   * @param options per-call options over the client's
   */
  public CompletableFuture<L> listAsync(P filters, RequestOptions options) {
    return listing.page().async(Checks.required("filters", filters), options);
  }
}
