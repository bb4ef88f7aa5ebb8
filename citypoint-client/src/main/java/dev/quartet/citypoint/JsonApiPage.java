package dev.quartet.citypoint;

import dev.quartet.citypoint.model.CollectionLinks;
import dev.quartet.citypoint.model.CollectionMeta;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.paging.AsyncPage;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Page;
import dev.quartet.core.paging.Pager;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a JSON:API collection: the typed items, the raw document {@code D} (links, meta,
 * relationships, {@code included}), the {@code Last-Modified} of the answer, and the way on to the
 * next page, which follows {@code links.next} as the server gave it. The next page is fetched with
 * the {@link RequestOptions} this page was fetched with, unless a call passes others.
 *
 * @param <T> the typed item ({@link Note}, {@link Car}, {@link Notification} or a generated resource)
 * @param <D> the raw collection document ({@code NoteCollection}, {@code CarCollection}, ...)
 */
public final class JsonApiPage<T, D> {
  private final Listing<T, D> listing;
  private final D document;
  private final List<T> items;
  private final String lastModified;
  private final RequestOptions options;

  JsonApiPage(Listing<T, D> listing, D document, String lastModified, RequestOptions options) {
    this(listing, document, document == null ? List.of() : listing.shape().items(document), lastModified, options);
  }

  /** A page whose items were read apart from its document (one by one, see {@link Listing.Shape#read}). */
  JsonApiPage(Listing<T, D> listing, D document, List<T> items, String lastModified, RequestOptions options) {
    this.listing = listing;
    this.document = document;
    this.items = items;
    this.lastModified = lastModified;
    this.options = options;
  }

  /** {@return the records on this page} */
  public List<T> items() {
    return items;
  }

  /** {@return the document as received} */
  public D document() {
    return document;
  }

  /** {@return {@code links}; null when the server sent none} */
  public CollectionLinks links() {
    return document == null ? null : listing.shape().links(document);
  }

  /** {@return {@code meta}; null when the server sent none} */
  public CollectionMeta meta() {
    return document == null ? null : listing.shape().meta(document);
  }

  /** {@return {@code meta.total_count}: records matching the query over all pages} */
  public OptionalLong totalCount() {
    CollectionMeta meta = meta();
    return meta == null || meta.getTotalCount() == null ? OptionalLong.empty() : OptionalLong.of(meta.getTotalCount());
  }

  /** {@return the answer's {@code Last-Modified}, to send back as {@code If-Modified-Since}} */
  public Optional<String> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  /** {@return the URL of {@code links.next}, written as a string or as {@code {href, meta}}, when there is a further page} */
  public Optional<String> nextLink() {
    CollectionLinks links = links();
    return links == null ? Optional.empty() : JsonApi.href(links.getNext());
  }

  /** {@return the URL of {@code links.self}, written in either form; empty when there is none} */
  public Optional<String> selfLink() {
    CollectionLinks links = links();
    return links == null ? Optional.empty() : JsonApi.href(links.getSelf());
  }

  /** {@return whether a further page exists} */
  public boolean hasNext() {
    return nextLink().isPresent();
  }

  /**
   * Fetches the page {@code links.next} points to.
   *
   * @return the next page
   * @throws NoSuchElementException on the last page
   */
  public JsonApiPage<T, D> next() {
    return next(options);
  }

  /**
   * Fetches the page {@code links.next} points to with {@code options}.
   *
   * @param options per-call options
   * @return the next page
   * @throws NoSuchElementException on the last page
   */
  public JsonApiPage<T, D> next(RequestOptions options) {
    return nextWithResponse(options).body();
  }

  /**
   * {@return the next page with the answer's status and headers}
   *
   * @throws NoSuchElementException on the last page
   */
  public ApiResponse<JsonApiPage<T, D>> nextWithResponse() {
    return nextWithResponse(options);
  }

  /**
   * {@return the next page with the answer's status and headers}
   *
   * @param options per-call options
   * @throws NoSuchElementException on the last page
   */
  public ApiResponse<JsonApiPage<T, D>> nextWithResponse(RequestOptions options) {
    return listing.follow(requireNext(), options);
  }

  /**
   * {@return the next page, without blocking; cancelling the future cancels the HTTP call}
   *
   * @throws NoSuchElementException on the last page
   */
  public CompletableFuture<JsonApiPage<T, D>> nextAsync() {
    return nextAsync(options);
  }

  /**
   * {@return the next page, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param options per-call options
   * @throws NoSuchElementException on the last page
   */
  public CompletableFuture<JsonApiPage<T, D>> nextAsync(RequestOptions options) {
    return dev.quartet.core.Futures.map(listing.followAsync(requireNext(), options), ApiResponse::body);
  }

  /** {@return this page as a core {@link Page} whose successor follows {@code links.next}} */
  public Page<T> toPage() {
    Optional<String> next = nextLink();
    return Page.of(items, total(), next.isEmpty() ? null
        : () -> listing.allFrom(next.get(), options).pages().iterator().next());
  }

  /** {@return the items of this page and of every later one, fetched lazily} */
  public Pager<T> fromHere() {
    return Pager.of(this::toPage);
  }

  /** {@return the items of this page and of every later one, each later page fetched without blocking} */
  public AsyncPager<T> fromHereAsync() {
    Optional<String> next = nextLink();
    return AsyncPager.of(() -> CompletableFuture.completedFuture(new AsyncPage<>(items, total(), next.isEmpty() ? null
        : () -> listing.allAsyncFrom(next.get(), options).firstPage())));
  }

  private Long total() {
    OptionalLong total = totalCount();
    return total.isPresent() ? total.getAsLong() : null;
  }

  private String requireNext() {
    return nextLink().orElseThrow(() -> new NoSuchElementException("this is the last page"));
  }

  @Override
  public String toString() {
    return "JsonApiPage{items=" + items.size() + ", totalCount=" + totalCount() + ", hasNext=" + hasNext()
        + ", lastModified=" + lastModified + "}";
  }
}
