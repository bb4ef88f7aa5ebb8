package dev.quartet.onepagecrm;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * A record type that is also created and deleted on its own (contacts, deals, notes, actions, calls,
 * meetings): the calls of {@link EditableEntities} plus {@code create}, {@code delete} and
 * {@code undoDelete}, each in the same three forms.
 *
 * @param <E> the record type (e.g. {@code Deal})
 * @param <B> the request body of a create and an update
 * @param <T> the item type of {@link #listAll()}
 * @param <P> the generated list parameters (e.g. {@code ListDealsParams})
 * @param <L> the generated list answer (e.g. {@code ListDealsResponse})
 */
public abstract class CrmEntities<E, B, T, P, L> extends EditableEntities<E, B, T, P, L> {
  private final Operation<B, E> create;
  private final Operation<Removal, Void> delete;

  CrmEntities(Operation<String, E> get, Operation<B, E> create, Operation<Change<B>, E> update,
      Operation<Removal, Void> delete, EntityListing<P, L, T> listing) {
    super(get, update, listing);
    this.create = create;
    this.delete = delete;
  }

  /**
   * Creates a record.
   *
   * @param body the new record's fields
   * @return the record as stored, with its id
   */
  public E create(B body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Creates a record.
   *
   * @param body the new record's fields
   * @param options per-call options over the client's
   * @return the record as stored, with its id
   */
  public E create(B body, RequestOptions options) {
    return create.call(body, options);
  }

  /**
   * {@return {@link #create(Object)} with the answer's status and headers}
   *
   * @param body the new record's fields
   */
  public ApiResponse<E> createWithResponse(B body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * {@return {@link #create(Object, RequestOptions)} with the answer's status and headers}
   *
   * @param body the new record's fields
   * @param options per-call options over the client's
   */
  public ApiResponse<E> createWithResponse(B body, RequestOptions options) {
    return create.withResponse(body, options);
  }

  /**
   * {@return {@link #create(Object)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param body the new record's fields
   */
  public CompletableFuture<E> createAsync(B body) {
    return createAsync(body, RequestOptions.none());
  }

  /**
   * {@return {@link #create(Object, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param body the new record's fields
   * @param options per-call options over the client's
   */
  public CompletableFuture<E> createAsync(B body, RequestOptions options) {
    return create.async(body, options);
  }

  /**
   * Deletes the record; {@link #undoDelete(String)} brings it back.
   *
   * @param id the record's id
   */
  public void delete(String id) {
    delete(id, RequestOptions.none());
  }

  /**
   * Deletes the record; {@link #undoDelete(String, RequestOptions)} brings it back.
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public void delete(String id, RequestOptions options) {
    delete.call(new Removal(id, false), options);
  }

  /**
   * {@return {@link #delete(String)}'s answer: its status and headers, no body}
   *
   * @param id the record's id
   */
  public ApiResponse<Void> deleteWithResponse(String id) {
    return deleteWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String, RequestOptions)}'s answer: its status and headers, no body}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public ApiResponse<Void> deleteWithResponse(String id, RequestOptions options) {
    return delete.withResponse(new Removal(id, false), options);
  }

  /**
   * {@return {@link #delete(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   */
  public CompletableFuture<Void> deleteAsync(String id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<Void> deleteAsync(String id, RequestOptions options) {
    return delete.async(new Removal(id, false), options);
  }

  /**
   * Restores a record deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the record's id
   */
  public void undoDelete(String id) {
    undoDelete(id, RequestOptions.none());
  }

  /**
   * Restores a record deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public void undoDelete(String id, RequestOptions options) {
    delete.call(new Removal(id, true), options);
  }

  /**
   * {@return {@link #undoDelete(String)}'s answer: its status and headers, no body}
   *
   * @param id the record's id
   */
  public ApiResponse<Void> undoDeleteWithResponse(String id) {
    return undoDeleteWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #undoDelete(String, RequestOptions)}'s answer: its status and headers, no body}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public ApiResponse<Void> undoDeleteWithResponse(String id, RequestOptions options) {
    return delete.withResponse(new Removal(id, true), options);
  }

  /**
   * {@return {@link #undoDelete(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the record's id
   */
  public CompletableFuture<Void> undoDeleteAsync(String id) {
    return undoDeleteAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #undoDelete(String, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the record's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<Void> undoDeleteAsync(String id, RequestOptions options) {
    return delete.async(new Removal(id, true), options);
  }
}
