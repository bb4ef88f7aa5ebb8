package dev.quartet.homestretch;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.EnvelopedItems;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Listing;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import dev.quartet.core.paging.Slice;
import dev.quartet.homestretch.api.PlacesApi;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.homestretch.params.ListPlacesParams;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The place operations (inherited from {@link PlacesApi}, each in its three forms) plus one page as a
 * {@link Page} and lazy iteration over the whole listing, blocking ({@link #listAll}) or not
 * ({@link #listAllAsync}).
 */
public final class Places extends PlacesApi {
  /** The largest page the API serves. */
  public static final int MAX_PAGE_SIZE = 150;

  private static final TypeReference<PlaceList> PAGE = new TypeReference<>() {};
  private static final EnvelopedItems.At<PlaceList, Place> PLACES =
      EnvelopedItems.at(new TypeReference<Place>() {}, PlaceList::getResult, "result");

  private final ApiInvoker calls;

  Places(ApiInvoker invoker) {
    super(invoker);
    this.calls = invoker;
  }

  /**
   * {@return one page: {@code limit} places after skipping {@code skip}, in {@code sort} order; its
   * {@code next()} fetches the following page}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   */
  public Page<Place> page(PlaceSort sort, int skip, int limit) {
    return page(sort, skip, limit, RequestOptions.none());
  }

  /**
   * {@return {@link #page(PlaceSort, int, int)} with per-call options, also applied to the pages {@code next()} fetches}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Page<Place> page(PlaceSort sort, int skip, int limit, RequestOptions options) {
    return pageWithResponse(sort, skip, limit, options).body();
  }

  /**
   * {@return {@link #page(PlaceSort, int, int)} with the status and headers of the answer}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   */
  public ApiResponse<Page<Place>> pageWithResponse(PlaceSort sort, int skip, int limit) {
    return pageWithResponse(sort, skip, limit, RequestOptions.none());
  }

  /**
   * {@return {@link #page(PlaceSort, int, int, RequestOptions)} with the status and headers of the answer}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Page<Place>> pageWithResponse(PlaceSort sort, int skip, int limit, RequestOptions options) {
    PlaceListing listing = new PlaceListing(sort, limit, options);
    return listPlacesWithResponse(listing.params(skip), options).map(answer -> listing.page(skip, answer));
  }

  /**
   * {@return {@link #page(PlaceSort, int, int)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   */
  public CompletableFuture<Page<Place>> pageAsync(PlaceSort sort, int skip, int limit) {
    return pageAsync(sort, skip, limit, RequestOptions.none());
  }

  /**
   * {@return {@link #page(PlaceSort, int, int, RequestOptions)} without blocking; cancelling the
   * future cancels the HTTP call (the page's {@code next()} blocks: walk with {@link #listAllAsync} instead)}
   *
   * @param sort the field and direction to order by
   * @param skip how many places to pass over first (0 or more)
   * @param limit the page size, 1 to 150
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Page<Place>> pageAsync(PlaceSort sort, int skip, int limit, RequestOptions options) {
    PlaceListing listing = new PlaceListing(sort, limit, options);
    return Futures.map(listPlacesAsync(listing.params(skip), options), answer -> listing.page(skip, answer));
  }

  /**
   * {@return every place, fetched lazily {@value #MAX_PAGE_SIZE} at a time until {@code total} is reached}
   *
   * @param sort the field and direction to order by
   */
  public Pager<Place> listAll(PlaceSort sort) {
    return listAll(sort, MAX_PAGE_SIZE, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(PlaceSort)} with per-call options on every page request}
   *
   * @param sort the field and direction to order by
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Pager<Place> listAll(PlaceSort sort, RequestOptions options) {
    return listAll(sort, MAX_PAGE_SIZE, options);
  }

  /**
   * {@return every place, fetched lazily {@code pageSize} (1..150) at a time until {@code total} is reached}
   *
   * @param sort the field and direction to order by
   * @param pageSize the page size, 1 to 150
   */
  public Pager<Place> listAll(PlaceSort sort, int pageSize) {
    return listAll(sort, pageSize, RequestOptions.none());
  }

  /**
   * {@return {@link #listAll(PlaceSort, int)} with per-call options on every page request}
   *
   * @param sort the field and direction to order by
   * @param pageSize the page size, 1 to 150
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Pager<Place> listAll(PlaceSort sort, int pageSize, RequestOptions options) {
    return listing(sort, pageSize, options).pager();
  }

  /**
   * {@return every place without blocking a thread between pages, {@value #MAX_PAGE_SIZE} per request;
   * the same items and limit as {@link #listAll(PlaceSort)}}
   *
   * @param sort the field and direction to order by
   */
  public AsyncPager<Place> listAllAsync(PlaceSort sort) {
    return listAllAsync(sort, MAX_PAGE_SIZE, RequestOptions.none());
  }

  /**
   * {@return {@link #listAllAsync(PlaceSort)} with per-call options on every page request}
   *
   * @param sort the field and direction to order by
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public AsyncPager<Place> listAllAsync(PlaceSort sort, RequestOptions options) {
    return listAllAsync(sort, MAX_PAGE_SIZE, options);
  }

  /**
   * {@return every place without blocking a thread between pages, {@code pageSize} per request}
   *
   * @param sort the field and direction to order by
   * @param pageSize the page size, 1 to 150
   */
  public AsyncPager<Place> listAllAsync(PlaceSort sort, int pageSize) {
    return listAllAsync(sort, pageSize, RequestOptions.none());
  }

  /**
   * {@return {@link #listAllAsync(PlaceSort, int)} with per-call options on every page request}
   *
   * @param sort the field and direction to order by
   * @param pageSize the page size, 1 to 150
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public AsyncPager<Place> listAllAsync(PlaceSort sort, int pageSize, RequestOptions options) {
    return listing(sort, pageSize, options).async();
  }

  private Listing<Integer, EnvelopedItems<PlaceList, Place>, Place> listing(PlaceSort sort, int pageSize, RequestOptions options) {
    Checks.range("limit", pageSize, 1, MAX_PAGE_SIZE);
    PlaceListing listing = new PlaceListing(sort, pageSize, options);
    // The blocking walk decodes each page's places one by one from its buffered answer; the async walk as before.
    return Listing.<Integer, EnvelopedItems<PlaceList, Place>, Place>of(0,
        skip -> calls.withOptions(options)
            .executeEnveloped(listPlacesRequest(listing.params(skip)), PAGE, PLACES).body(),
        skip -> Futures.map(listPlacesAsync(listing.params(skip), options),
            answer -> new EnvelopedItems<>(answer, answer == null ? null : answer.getResult())),
        listing::slice);
  }

  /** One sort order and page size: the request for a skip, and what an answer says about the next. */
  private final class PlaceListing {
    private final PlaceSort sort;
    private final int limit;
    private final RequestOptions options;

    PlaceListing(PlaceSort sort, int limit, RequestOptions options) {
      this.sort = Checks.required("sort", sort);
      this.limit = limit;
      this.options = Checks.required("options", options);
    }

    ListPlacesParams params(int skip) {
      return ListPlacesParams.builder().sort(sort.field()).sortDir(sort.direction()).skip(skip).limit(limit).build();
    }

    /** More follow while the page is not empty and {@code total} (or, without it, a full page) says so. */
    Slice<Integer, Place> slice(int skip, PlaceList answer) {
      return slice(skip, answer == null ? null : answer.getResult(), answer == null ? null : answer.getTotal());
    }

    Slice<Integer, Place> slice(int skip, EnvelopedItems<PlaceList, Place> answer) {
      PlaceList envelope = answer == null ? null : answer.envelope();
      return slice(skip, answer == null ? null : answer.items(), envelope == null ? null : envelope.getTotal());
    }

    private Slice<Integer, Place> slice(int skip, List<Place> result, Long total) {
      List<Place> items = result == null ? List.of() : result;
      long reached = (long) skip + items.size();
      boolean more = !items.isEmpty() && (total == null ? items.size() == limit : reached < total);
      return new Slice<>(items, total, more ? skip + items.size() : null);
    }

    Page<Place> page(int skip, PlaceList answer) {
      Slice<Integer, Place> slice = slice(skip, answer);
      Integer next = slice.next();
      return next == null
          ? Page.last(slice.items(), slice.total())
          : Page.of(slice.items(), slice.total(), () -> Places.this.page(sort, next, limit, options));
    }
  }
}
