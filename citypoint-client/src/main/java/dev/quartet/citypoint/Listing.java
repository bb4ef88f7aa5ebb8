package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.model.CollectionLinks;
import dev.quartet.citypoint.model.CollectionMeta;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.UnexpectedStatusException;
import dev.quartet.core.paging.AsyncPager;
import dev.quartet.core.paging.Pager;
import dev.quartet.core.paging.Slice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One list endpoint (e.g. the last important note per vehicle) with three ways to read it: a page,
 * a conditional page ({@code If-Modified-Since}; a 304 is the value {@link Conditional.NotModified},
 * never an exception), or every item lazily across pages. Each single-page read comes in three forms
 * ({@code page}, {@code pageWithResponse}, {@code pageAsync}); the walk over every item as a blocking
 * {@link #all(Query)} and a non-blocking {@link #allAsync(Query)}, both following {@code links.next}
 * with the same code. Every call also takes {@link RequestOptions} last, applied to each request it
 * sends.
 *
 * <p>The user id of the path is read from the access token at each call unless the client was given
 * one. Query parameters the endpoint answers with 400 ({@code include} on notes; {@code sort},
 * {@code filter}, {@code include} on spectator keys; {@code sort} by other keys than {@code Driver}
 * and {@code Id} on driver parameters) are refused before sending with an {@link IllegalArgumentException}.
 *
 * @param <T> the typed item
 * @param <D> the raw collection document
 */
public final class Listing<T, D> {
  /** Prepares the first request of a listing; {@code userId} is null for endpoints without the user prefix. */
  @FunctionalInterface
  interface Fetch {
    ApiRequest request(String userId, Query query, String ifModifiedSince);
  }

  /** Where items, links and meta sit in a document type. */
  interface Shape<T, D> {
    List<T> items(D document);

    CollectionLinks links(D document);

    CollectionMeta meta(D document);

    /**
     * Sends a page request and reads the answer's items one by one from the buffered body as they
     * are iterated, not a whole page of decoded resources at once; the document comes without them.
     */
    Read<T, D> read(ApiInvoker invoker, ApiRequest request, TypeReference<D> type);
  }

  /** One page: its document and its items, which may have been read apart from it. */
  record Read<T, D>(D document, List<T> items) {}

  /** Where a walk stands: the first page of a query, or a {@code links.next} the server gave. */
  private record Cursor(Query query, String link) {}

  private final String name;
  private final Supplier<String> userId;
  private final Fetch fetch;
  private final Shape<T, D> shape;
  private final Exchange<D, ApiResponse<D>> exchange;
  private final ApiInvoker invoker;
  private final TypeReference<D> type;
  private final LinkFollower links;
  private final QueryRules rules;

  Listing(String name, Supplier<String> userId, Fetch fetch, Shape<T, D> shape, TypeReference<D> type,
      ApiInvoker invoker, LinkFollower links, QueryRules rules) {
    this.name = name;
    this.userId = userId;
    this.fetch = fetch;
    this.shape = shape;
    this.exchange = new Exchange<>(invoker, type, answer -> answer);
    this.invoker = invoker;
    this.type = type;
    this.links = links;
    this.rules = rules;
  }

  /** {@return a short name of the endpoint, e.g. {@code cars/notes/last}} */
  public String name() {
    return name;
  }

  /**
   * {@return the first page for {@code query}}
   *
   * @param query the query
   */
  public JsonApiPage<T, D> page(Query query) {
    return page(query, RequestOptions.none());
  }

  /**
   * {@return the first page for {@code query}}
   *
   * @param query the query
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   */
  public JsonApiPage<T, D> page(Query query, RequestOptions options) {
    return pageWithResponse(query, options).body();
  }

  /**
   * {@return the first page for {@code query} with the answer's status and headers}
   *
   * @param query the query
   */
  public ApiResponse<JsonApiPage<T, D>> pageWithResponse(Query query) {
    return pageWithResponse(query, RequestOptions.none());
  }

  /**
   * {@return the first page for {@code query} with the answer's status and headers}
   *
   * @param query the query
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   */
  public ApiResponse<JsonApiPage<T, D>> pageWithResponse(Query query, RequestOptions options) {
    return unconditional(pageWithResponse(query, null, options));
  }

  /**
   * {@return the first page for {@code query}, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the query
   */
  public CompletableFuture<JsonApiPage<T, D>> pageAsync(Query query) {
    return pageAsync(query, RequestOptions.none());
  }

  /**
   * {@return the first page for {@code query}, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the query
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   */
  public CompletableFuture<JsonApiPage<T, D>> pageAsync(Query query, RequestOptions options) {
    return Futures.map(answerAsync(query, null, options), answer -> unconditional(read(answer, null, options)).body());
  }

  /**
   * The first page for {@code query} if it changed since {@code lastModified} (a {@code Last-Modified}
   * value from an earlier answer; blank asks unconditionally), otherwise {@link Conditional.NotModified}.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @return the page, or "not modified"
   */
  public Conditional<JsonApiPage<T, D>> page(Query query, String lastModified) {
    return page(query, lastModified, RequestOptions.none());
  }

  /**
   * {@link #page(Query, String)} with per-call options.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   * @return the page, or "not modified"
   */
  public Conditional<JsonApiPage<T, D>> page(Query query, String lastModified, RequestOptions options) {
    return pageWithResponse(query, lastModified, options).body();
  }

  /**
   * {@link #page(Query, String)} with the answer's status (200 or 304) and headers.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @return the answer, its body the page or "not modified"
   */
  public ApiResponse<Conditional<JsonApiPage<T, D>>> pageWithResponse(Query query, String lastModified) {
    return pageWithResponse(query, lastModified, RequestOptions.none());
  }

  /**
   * {@link #pageWithResponse(Query, String)} with per-call options.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   * @return the answer, its body the page or "not modified"
   */
  public ApiResponse<Conditional<JsonApiPage<T, D>>> pageWithResponse(Query query, String lastModified,
      RequestOptions options) {
    return read(exchange.send(request(query, lastModified), options), lastModified, options);
  }

  /**
   * {@link #page(Query, String)} without blocking; a 304 completes it with {@link Conditional.NotModified}.
   * Cancelling the future cancels the HTTP call.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @return the future page, or "not modified"
   */
  public CompletableFuture<Conditional<JsonApiPage<T, D>>> pageAsync(Query query, String lastModified) {
    return pageAsync(query, lastModified, RequestOptions.none());
  }

  /**
   * {@link #pageAsync(Query, String)} with per-call options.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held
   * @param options per-call options, kept for {@link JsonApiPage#next()}
   * @return the future page, or "not modified"
   */
  public CompletableFuture<Conditional<JsonApiPage<T, D>>> pageAsync(Query query, String lastModified,
      RequestOptions options) {
    return Futures.map(answerAsync(query, lastModified, options), answer -> read(answer, lastModified, options).body());
  }

  /**
   * {@return every item for {@code query}, page after page by {@code links.next}; nothing is fetched before iterating}
   *
   * @param query the query
   */
  public Pager<T> all(Query query) {
    return all(query, RequestOptions.none());
  }

  /**
   * {@return every item for {@code query}; {@code options} apply to every page request}
   *
   * @param query the query
   * @param options per-call options for each page
   */
  public Pager<T> all(Query query, RequestOptions options) {
    check(query);
    return walk(new Cursor(query, null), options).pager();
  }

  /** {@return every item with the server's default query} */
  public Pager<T> all() {
    return all(Query.create());
  }

  /**
   * {@return every item for {@code query} without blocking a thread between pages; the same pages,
   * items and limit as {@link #all(Query)}}
   *
   * @param query the query
   */
  public AsyncPager<T> allAsync(Query query) {
    return allAsync(query, RequestOptions.none());
  }

  /**
   * {@return {@link #allAsync(Query)} with {@code options} applied to every page request}
   *
   * @param query the query
   * @param options per-call options for each page
   */
  public AsyncPager<T> allAsync(Query query, RequestOptions options) {
    check(query);
    return walk(new Cursor(query, null), options).async();
  }

  /** {@return every item with the server's default query, without blocking} */
  public AsyncPager<T> allAsync() {
    return allAsync(Query.create());
  }

  /** Tells listings and queries apart in a {@link ChangePoller}. */
  String key(Query query) {
    return name + "?" + query;
  }

  Shape<T, D> shape() {
    return shape;
  }

  /** The blocking walk from {@code link} on. */
  Pager<T> allFrom(String link, RequestOptions options) {
    return walk(new Cursor(null, link), options).pager();
  }

  /** The non-blocking walk from {@code link} on. */
  AsyncPager<T> allAsyncFrom(String link, RequestOptions options) {
    return walk(new Cursor(null, link), options).async();
  }

  ApiResponse<JsonApiPage<T, D>> follow(String link, RequestOptions options) {
    ApiResponse<D> answer = exchange.answer(links.request(link), options);
    return answer.map(document -> new JsonApiPage<>(this, document, answer.header("Last-Modified"), options));
  }

  CompletableFuture<ApiResponse<JsonApiPage<T, D>>> followAsync(String link, RequestOptions options) {
    return Futures.map(exchange.answerAsync(links.request(link), options),
        answer -> answer.map(document -> new JsonApiPage<>(this, document, answer.header("Last-Modified"), options)));
  }

  private dev.quartet.core.paging.Listing<Cursor, Read<T, D>, T> walk(Cursor first, RequestOptions options) {
    Checks.required("options", options);
    // The blocking walk reads each page's items one by one from its buffered answer; the async walk decodes pages whole.
    return dev.quartet.core.paging.Listing.<Cursor, Read<T, D>, T>of(first,
        at -> shape.read(invoker.withOptions(options), request(at), type),
        at -> Futures.map(exchange.answerAsync(request(at), options), answer -> whole(answer.body())),
        (at, read) -> slice(read));
  }

  private ApiRequest request(Cursor at) {
    return at.link() != null ? links.request(at.link()) : request(at.query(), null);
  }

  private Read<T, D> whole(D document) {
    return new Read<>(document, document == null ? List.of() : shape.items(document));
  }

  private Slice<Cursor, T> slice(Read<T, D> read) {
    JsonApiPage<T, D> page = new JsonApiPage<>(this, read.document(), read.items(), null, RequestOptions.none());
    Long total = page.totalCount().isPresent() ? page.totalCount().getAsLong() : null;
    return new Slice<>(page.items(), total, page.nextLink().map(link -> new Cursor(null, link)).orElse(null));
  }

  private ApiRequest request(Query query, String lastModified) {
    check(query);
    return fetch.request(userId.get(), query, blankToNull(lastModified));
  }

  private CompletableFuture<ApiResponse<D>> answerAsync(Query query, String lastModified, RequestOptions options) {
    return exchange.answerAsync(request(query, lastModified), options);
  }

  private ApiResponse<Conditional<JsonApiPage<T, D>>> read(ApiResponse<D> answer, String lastModified,
      RequestOptions options) {
    Conditional<JsonApiPage<T, D>> value;
    if (answer.status() == 304) {
      value = new Conditional.NotModified<>(lastModified);
    } else {
      String stamp = answer.header("Last-Modified");
      value = new Conditional.Modified<>(new JsonApiPage<>(this, answer.body(), stamp, options), stamp);
    }
    return new ApiResponse<>(answer.status(), answer.headers(), value);
  }

  private ApiResponse<JsonApiPage<T, D>> unconditional(ApiResponse<Conditional<JsonApiPage<T, D>>> answer) {
    JsonApiPage<T, D> page = answer.body().changed().orElseThrow(() -> // the server broke the protocol
        new UnexpectedStatusException(304, answer.headers(), "",
            ErrorDetails.of("GET " + name + " answered Not Modified to a request without If-Modified-Since", null)));
    return new ApiResponse<>(answer.status(), answer.headers(), page);
  }

  private void check(Query query) {
    Checks.required("query", query);
    rules.check(name, query);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  @Override
  public String toString() {
    return "Listing{" + name + "}";
  }
}
