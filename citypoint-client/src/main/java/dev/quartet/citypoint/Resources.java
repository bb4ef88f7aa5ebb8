package dev.quartet.citypoint;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON:API resource collection with both reads: the {@link Listing} and one resource by id. Used
 * for vehicle models, spectator keys and driver parameters alike.
 *
 * <pre>{@code
 * Resources<CarModelResource, CarModelCollection> models = client.carModels();
 * Optional<CarModelResource> gazelle = models.get("12", "Name");
 * }</pre>
 *
 * @param <T> the resource
 * @param <D> the raw collection document
 */
public final class Resources<T, D> {
  /** Reads one resource; {@code userId} is null for endpoints without the user prefix. */
  @FunctionalInterface
  interface Get<T> {
    T call(String userId, String id, String fields);
  }

  private final Listing<T, D> list;
  private final Supplier<String> userId;
  private final Get<T> get;

  Resources(Listing<T, D> list, Supplier<String> userId, Get<T> get) {
    this.list = list;
    this.userId = userId;
    this.get = get;
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
    return Optional.ofNullable(get.call(userId.get(), id, Query.create().fields(fields).fieldsParam()));
  }

  /** The {@code data} of a single-resource document, or null when the document or its data is absent. */
  static <R, Doc> R data(Doc document, Function<Doc, R> data) {
    return document == null ? null : data.apply(document);
  }

  @Override
  public String toString() {
    return "Resources{" + list.name() + "}";
  }
}
