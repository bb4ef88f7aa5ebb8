package dev.quartet.citypoint;

import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.RequestOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON:API resource collection with both reads: the {@link Listing} and one resource by id, each
 * in three forms ({@code get}, {@code getWithResponse}, {@code getAsync}). Used for vehicles, notes,
 * vehicle models, spectator keys and driver parameters alike.
 *
 * <pre>{@code
 * Resources<CarModelResource, CarModelCollection> models = client.carModels();
 * Optional<CarModelResource> gazelle = models.get("12", "Name");
 * CompletableFuture<Optional<CarModelResource>> later = models.getAsync("12");
 * }</pre>
 *
 * @param <T> the resource
 * @param <D> the raw collection document
 */
public class Resources<T, D> {
  /** Prepares the request for one resource; {@code userId} is null for endpoints without the user prefix. */
  @FunctionalInterface
  interface Get {
    ApiRequest request(String userId, String id, String fields);
  }

  private final Listing<T, D> list;
  private final Supplier<String> userId;
  private final Get get;
  private final Exchange<?, Optional<T>> read;

  Resources(Listing<T, D> list, Supplier<String> userId, Get get, Exchange<?, Optional<T>> read) {
    this.list = list;
    this.userId = userId;
    this.get = get;
    this.read = read;
  }

  /** {@return the list, with paging, sparse fields, filter, sort and conditional reads} */
  public Listing<T, D> list() {
    return list;
  }

  /**
   * One resource; {@code fields} limits the attributes returned. Empty when the server answers a
   * document whose {@code data} is null (JSON:API's "no such resource" without a 404).
   *
   * @param id the resource's id
   * @param fields the attribute names to return; none for all
   * @return the resource, or empty when the answer carries none
   */
  public Optional<T> get(String id, String... fields) {
    return get(id, List.of(fields), RequestOptions.none());
  }

  /**
   * {@link #get(String, String...)} with per-call options.
   *
   * @param id the resource's id
   * @param fields the attribute names to return; empty for all
   * @param options per-call options (timeout, extra headers and query)
   * @return the resource, or empty when the answer carries none
   */
  public Optional<T> get(String id, List<String> fields, RequestOptions options) {
    return read.send(request(id, fields), options);
  }

  /**
   * {@link #get(String, String...)} with the answer's status and headers.
   *
   * @param id the resource's id
   * @param fields the attribute names to return; none for all
   * @return the answer, its body the resource or empty
   */
  public ApiResponse<Optional<T>> getWithResponse(String id, String... fields) {
    return getWithResponse(id, List.of(fields), RequestOptions.none());
  }

  /**
   * {@link #getWithResponse(String, String...)} with per-call options.
   *
   * @param id the resource's id
   * @param fields the attribute names to return; empty for all
   * @param options per-call options (timeout, extra headers and query)
   * @return the answer, its body the resource or empty
   */
  public ApiResponse<Optional<T>> getWithResponse(String id, List<String> fields, RequestOptions options) {
    return read.sendWithResponse(request(id, fields), options);
  }

  /**
   * {@link #get(String, String...)} without blocking; cancelling the future cancels the HTTP call.
   *
   * @param id the resource's id
   * @param fields the attribute names to return; none for all
   * @return the future resource, or empty
   */
  public CompletableFuture<Optional<T>> getAsync(String id, String... fields) {
    return getAsync(id, List.of(fields), RequestOptions.none());
  }

  /**
   * {@link #getAsync(String, String...)} with per-call options.
   *
   * @param id the resource's id
   * @param fields the attribute names to return; empty for all
   * @param options per-call options (timeout, extra headers and query)
   * @return the future resource, or empty
   */
  public CompletableFuture<Optional<T>> getAsync(String id, List<String> fields, RequestOptions options) {
    return read.sendAsync(request(id, fields), options);
  }

  private ApiRequest request(String id, List<String> fields) {
    Checks.required("fields", fields);
    return get.request(userId.get(), id, Query.create().fields(fields.toArray(String[]::new)).fieldsParam());
  }

  /** The {@code data} of a single-resource document, or null when the document or its data is absent. */
  static <R, Doc> R data(Doc document, Function<Doc, R> data) {
    return document == null ? null : data.apply(document);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + list.name() + "}";
  }
}
