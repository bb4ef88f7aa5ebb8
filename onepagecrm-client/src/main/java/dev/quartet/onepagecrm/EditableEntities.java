package dev.quartet.onepagecrm;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The calls every OnePageCRM record type shares: read one, replace or partially update it, and the
 * listing calls of {@link ListedEntities}. Each call hands back the record itself, taken out of the answer's
 * {@code {status, message, timestamp, data}} envelope, and comes in three forms: {@code get(id)},
 * {@code getWithResponse(id)} (adds the status and headers) and {@code getAsync(id)} (cancelling the
 * future cancels the HTTP call); each also takes {@link RequestOptions} last.
 *
 * @param <E> the record type (e.g. {@code Company})
 * @param <B> the request body of an update
 * @param <T> the item type of {@link #listAll()}
 * @param <P> the generated list parameters (e.g. {@code ListCompaniesParams})
 * @param <L> the generated list answer (e.g. {@code CompanyList})
 */
public abstract class EditableEntities<E, B, T, P, L> extends ListedEntities<T, P, L> {
  private final Operation<String, E> get;
  private final Operation<Change<B>, E> update;

  EditableEntities(Operation<String, E> get, Operation<Change<B>, E> update, EntityListing<P, L, T> listing) {
    super(listing);
    this.get = get;
    this.update = update;
  }

  /**
   * {@return the record with this id}
   *
   * @param id the record's id
   */
  public E get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * {@return the record with this id}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public E get(String id, RequestOptions options) {
    return get.call(id, options);
  }

  /**
   * {@return {@link #get(String)} with the answer's status and headers}
   *
   * @param id the record's id
   */
  public ApiResponse<E> getWithResponse(String id) {
    return getWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String, RequestOptions)} with the answer's status and headers}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public ApiResponse<E> getWithResponse(String id, RequestOptions options) {
    return get.withResponse(id, options);
  }

  /**
   * {@return {@link #get(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   */
  public CompletableFuture<E> getAsync(String id) {
    return getAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<E> getAsync(String id, RequestOptions options) {
    return get.async(id, options);
  }

  /**
   * Replaces the record's fields with {@code body}'s ({@code PUT}); fields {@code body} leaves unset are cleared.
   *
   * @param id the record's id
   * @param body the new fields
   * @return the record as stored
   */
  public E update(String id, B body) {
    return update(id, body, RequestOptions.none());
  }

  /**
   * Replaces the record's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the record's id
   * @param body the new fields
   * @param options per-call options over the client's
   * @return the record as stored
   */
  public E update(String id, B body, RequestOptions options) {
    return update.call(new Change<>(id, body, false), options);
  }

  /**
   * {@return {@link #update(String, Object)} with the answer's status and headers}
   *
   * @param id the record's id
   * @param body the new fields
   */
  public ApiResponse<E> updateWithResponse(String id, B body) {
    return updateWithResponse(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, Object, RequestOptions)} with the answer's status and headers}
   *
   * @param id the record's id
   * @param body the new fields
   * @param options per-call options over the client's
   */
  public ApiResponse<E> updateWithResponse(String id, B body, RequestOptions options) {
    return update.withResponse(new Change<>(id, body, false), options);
  }

  /**
   * {@return {@link #update(String, Object)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   * @param body the new fields
   */
  public CompletableFuture<E> updateAsync(String id, B body) {
    return updateAsync(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, Object, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the record's id
   * @param body the new fields
   * @param options per-call options over the client's
   */
  public CompletableFuture<E> updateAsync(String id, B body, RequestOptions options) {
    return update.async(new Change<>(id, body, false), options);
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the record's id
   * @param body the fields to change
   * @return the record as stored
   */
  public E updatePartially(String id, B body) {
    return updatePartially(id, body, RequestOptions.none());
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}).
   *
   * @param id the record's id
   * @param body the fields to change
   * @param options per-call options over the client's
   * @return the record as stored
   */
  public E updatePartially(String id, B body, RequestOptions options) {
    return update.call(new Change<>(id, body, true), options);
  }

  /**
   * {@return {@link #updatePartially(String, Object)} with the answer's status and headers}
   *
   * @param id the record's id
   * @param body the fields to change
   */
  public ApiResponse<E> updatePartiallyWithResponse(String id, B body) {
    return updatePartiallyWithResponse(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #updatePartially(String, Object, RequestOptions)} with the answer's status and headers}
   *
   * @param id the record's id
   * @param body the fields to change
   * @param options per-call options over the client's
   */
  public ApiResponse<E> updatePartiallyWithResponse(String id, B body, RequestOptions options) {
    return update.withResponse(new Change<>(id, body, true), options);
  }

  /**
   * {@return {@link #updatePartially(String, Object)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the record's id
   * @param body the fields to change
   */
  public CompletableFuture<E> updatePartiallyAsync(String id, B body) {
    return updatePartiallyAsync(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #updatePartially(String, Object, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the record's id
   * @param body the fields to change
   * @param options per-call options over the client's
   */
  public CompletableFuture<E> updatePartiallyAsync(String id, B body, RequestOptions options) {
    return update.async(new Change<>(id, body, true), options);
  }
}
