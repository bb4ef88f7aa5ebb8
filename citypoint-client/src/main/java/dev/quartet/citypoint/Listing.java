package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.model.CollectionLinks;
import dev.quartet.citypoint.model.CollectionMeta;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.UnexpectedStatusException;
import dev.quartet.core.paging.Pager;
import java.util.List;
import java.util.function.Supplier;

/**
 * One list endpoint (e.g. the last important note per vehicle) with three ways to read it: a page,
 * a conditional page ({@code If-Modified-Since}), or every item lazily across pages. The user id of
 * the path is read from the access token at each call unless the client was given one. Query
 * parameters the endpoint answers with 400 ({@code include} on notes; {@code sort}, {@code filter},
 * {@code include} on spectator keys; {@code sort} by other keys than {@code Driver} and {@code Id} on
 * driver parameters) are refused before sending with an {@link IllegalArgumentException}.
 *
 * @param <T> the typed item
 * @param <D> the raw collection document
 */
public final class Listing<T, D> {
  /** Sends the first request of a listing; {@code userId} is null for endpoints without the user prefix. */
  @FunctionalInterface
  interface Fetch<D> {
    ApiResponse<D> call(String userId, Query query, String ifModifiedSince);
  }

  /** Where items, links and meta sit in a document type. */
  interface Shape<T, D> {
    List<T> items(D document);

    CollectionLinks links(D document);

    CollectionMeta meta(D document);
  }

  private final String name;
  private final Supplier<String> userId;
  private final Fetch<D> fetch;
  private final Shape<T, D> shape;
  private final TypeReference<D> type;
  private final LinkFollower links;
  private final QueryRules rules;

  Listing(String name, Supplier<String> userId, Fetch<D> fetch, Shape<T, D> shape, TypeReference<D> type,
      LinkFollower links, QueryRules rules) {
    this.name = name;
    this.userId = userId;
    this.fetch = fetch;
    this.shape = shape;
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
    check(query);
    ApiResponse<D> answer = fetch.call(userId.get(), query, null);
    if (answer.status() == 304) { // the server broke the protocol: nothing was asked conditionally
      throw new UnexpectedStatusException(304, answer.headers(), "",
          ErrorDetails.of("GET " + name + " answered Not Modified to a request without If-Modified-Since", null));
    }
    return new JsonApiPage<>(this, answer.body(), answer.header("Last-Modified"));
  }

  /**
   * The first page for {@code query} if it changed since {@code lastModified} (a {@code Last-Modified}
   * value from an earlier answer; null asks unconditionally), otherwise {@link Conditional.NotModified}.
   *
   * @param query the query
   * @param lastModified the {@code Last-Modified} of the copy held, or null
   * @return the page, or "not modified"
   */
  public Conditional<JsonApiPage<T, D>> page(Query query, String lastModified) {
    check(query);
    ApiResponse<D> answer = fetch.call(userId.get(), query, blankToNull(lastModified));
    if (answer.status() == 304) {
      return new Conditional.NotModified<>(lastModified);
    }
    String stamp = answer.header("Last-Modified");
    return new Conditional.Modified<>(new JsonApiPage<>(this, answer.body(), stamp), stamp);
  }

  /**
   * {@return every item for {@code query}, page after page by {@code links.next}; nothing is fetched before iterating}
   *
   * @param query the query
   */
  public Pager<T> all(Query query) {
    check(query);
    return Pager.of(() -> page(query).toPage());
  }

  /** {@return every item with the server's default query} */
  public Pager<T> all() {
    return all(Query.create());
  }

  /** Tells listings and queries apart in a {@link ChangePoller}. */
  String key(Query query) {
    return name + "?" + query;
  }

  Shape<T, D> shape() {
    return shape;
  }

  JsonApiPage<T, D> follow(String link) {
    ApiResponse<D> answer = links.get(link, type);
    return new JsonApiPage<>(this, answer.body(), answer.header("Last-Modified"));
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
