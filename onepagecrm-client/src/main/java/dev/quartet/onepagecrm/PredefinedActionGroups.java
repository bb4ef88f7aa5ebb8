package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.onepagecrm.api.PredefinedActionGroupsApi;
import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.PredefinedActionGroup;
import dev.quartet.onepagecrm.model.PredefinedActionGroupList;
import dev.quartet.onepagecrm.model.PredefinedActionGroupListData;
import dev.quartet.onepagecrm.model.PredefinedActionGroupListItem;
import dev.quartet.onepagecrm.model.PredefinedActionGroupResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Predefined action groups: named, ordered sets of predefined (saved) actions. The calls ({@link #list},
 * {@link #get}, {@link #create}, {@link #update}, {@link #delete}) hand back the {@link PredefinedActionGroup}
 * itself, each in three forms and with {@link RequestOptions} last; {@link #api()} has the generated
 * operations, returning the whole envelope.
 */
public final class PredefinedActionGroups {
  private final PredefinedActionGroupsApi api;
  private final Operation<Void, List<PredefinedActionGroup>> list;
  private final Operation<String, PredefinedActionGroup> get;
  private final Operation<CreatePredefinedActionGroupRequest, PredefinedActionGroup> create;
  private final Operation<Change<CreatePredefinedActionGroupRequest>, PredefinedActionGroup> update;
  private final Operation<String, Void> delete;

  PredefinedActionGroups(ApiInvoker invoker) {
    this.api = new PredefinedActionGroupsApi(invoker);
    this.list = Operation.of((none, o) -> api.listPredefinedActionGroupsWithResponse(o),
        (none, o) -> api.listPredefinedActionGroupsAsync(o), PredefinedActionGroups::groups);
    this.get = Operation.of(api::getPredefinedActionGroupWithResponse, api::getPredefinedActionGroupAsync,
        PredefinedActionGroups::entity);
    this.create = Operation.of(api::createPredefinedActionGroupWithResponse, api::createPredefinedActionGroupAsync,
        PredefinedActionGroups::entity);
    this.update = Operation.of((c, o) -> api.updatePredefinedActionGroupWithResponse(c.id(), c.body(), o),
        (c, o) -> api.updatePredefinedActionGroupAsync(c.id(), c.body(), o), PredefinedActionGroups::entity);
    this.delete = Operation.ignoringBody(api::deletePredefinedActionGroupWithResponse,
        api::deletePredefinedActionGroupAsync);
  }

  /** {@return the generated operations ({@code listPredefinedActionGroups}, ...), returning the envelope} */
  public PredefinedActionGroupsApi api() {
    return api;
  }

  /** {@return every group of the account (the API does not page this list); empty when there are none} */
  public List<PredefinedActionGroup> list() {
    return list(RequestOptions.none());
  }

  /**
   * {@return every group of the account; empty when there are none}
   *
   * @param options per-call options over the client's
   */
  public List<PredefinedActionGroup> list(RequestOptions options) {
    List<PredefinedActionGroup> groups = list.call(null, options);
    return groups == null ? List.of() : groups;
  }

  /** {@return {@link #list()} with the answer's status and headers} */
  public ApiResponse<List<PredefinedActionGroup>> listWithResponse() {
    return listWithResponse(RequestOptions.none());
  }

  /**
   * {@return {@link #list(RequestOptions)} with the answer's status and headers}
   *
   * @param options per-call options over the client's
   */
  public ApiResponse<List<PredefinedActionGroup>> listWithResponse(RequestOptions options) {
    return list.withResponse(null, options);
  }

  /** {@return {@link #list()} without blocking; cancelling the future cancels the HTTP call} */
  public CompletableFuture<List<PredefinedActionGroup>> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * {@return {@link #list(RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param options per-call options over the client's
   */
  public CompletableFuture<List<PredefinedActionGroup>> listAsync(RequestOptions options) {
    return list.async(null, options);
  }

  /**
   * {@return the group with this id}
   *
   * @param id the group's id
   */
  public PredefinedActionGroup get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * {@return the group with this id}
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public PredefinedActionGroup get(String id, RequestOptions options) {
    return get.call(id, options);
  }

  /**
   * {@return {@link #get(String)} with the answer's status and headers}
   *
   * @param id the group's id
   */
  public ApiResponse<PredefinedActionGroup> getWithResponse(String id) {
    return getWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String, RequestOptions)} with the answer's status and headers}
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public ApiResponse<PredefinedActionGroup> getWithResponse(String id, RequestOptions options) {
    return get.withResponse(id, options);
  }

  /**
   * {@return {@link #get(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the group's id
   */
  public CompletableFuture<PredefinedActionGroup> getAsync(String id) {
    return getAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<PredefinedActionGroup> getAsync(String id, RequestOptions options) {
    return get.async(id, options);
  }

  /**
   * Creates a group.
   *
   * @param body the group's name, position and actions
   * @return the group as stored, with its id and position
   */
  public PredefinedActionGroup create(CreatePredefinedActionGroupRequest body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Creates a group.
   *
   * @param body the group's name, position and actions
   * @param options per-call options over the client's
   * @return the group as stored, with its id and position
   */
  public PredefinedActionGroup create(CreatePredefinedActionGroupRequest body, RequestOptions options) {
    return create.call(body, options);
  }

  /**
   * {@return {@link #create(CreatePredefinedActionGroupRequest)} with the answer's status and headers}
   *
   * @param body the group's name, position and actions
   */
  public ApiResponse<PredefinedActionGroup> createWithResponse(CreatePredefinedActionGroupRequest body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * {@return {@link #create(CreatePredefinedActionGroupRequest, RequestOptions)} with the status and headers}
   *
   * @param body the group's name, position and actions
   * @param options per-call options over the client's
   */
  public ApiResponse<PredefinedActionGroup> createWithResponse(CreatePredefinedActionGroupRequest body,
      RequestOptions options) {
    return create.withResponse(body, options);
  }

  /**
   * {@return {@link #create(CreatePredefinedActionGroupRequest)} without blocking; cancelling cancels the call}
   *
   * @param body the group's name, position and actions
   */
  public CompletableFuture<PredefinedActionGroup> createAsync(CreatePredefinedActionGroupRequest body) {
    return createAsync(body, RequestOptions.none());
  }

  /**
   * {@return {@link #create(CreatePredefinedActionGroupRequest, RequestOptions)} without blocking}
   *
   * @param body the group's name, position and actions
   * @param options per-call options over the client's
   */
  public CompletableFuture<PredefinedActionGroup> createAsync(CreatePredefinedActionGroupRequest body,
      RequestOptions options) {
    return create.async(body, options);
  }

  /**
   * Replaces the group's name, position and actions with {@code body}'s.
   *
   * @param id the group's id
   * @param body the new name, position and actions
   * @return the group as stored after the update
   */
  public PredefinedActionGroup update(String id, CreatePredefinedActionGroupRequest body) {
    return update(id, body, RequestOptions.none());
  }

  /**
   * Replaces the group's name, position and actions with {@code body}'s.
   *
   * @param id the group's id
   * @param body the new name, position and actions
   * @param options per-call options over the client's
   * @return the group as stored after the update
   */
  public PredefinedActionGroup update(String id, CreatePredefinedActionGroupRequest body, RequestOptions options) {
    return update.call(new Change<>(id, body, false), options);
  }

  /**
   * {@return {@link #update(String, CreatePredefinedActionGroupRequest)} with the answer's status and headers}
   *
   * @param id the group's id
   * @param body the new name, position and actions
   */
  public ApiResponse<PredefinedActionGroup> updateWithResponse(String id, CreatePredefinedActionGroupRequest body) {
    return updateWithResponse(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, CreatePredefinedActionGroupRequest, RequestOptions)} with status and headers}
   *
   * @param id the group's id
   * @param body the new name, position and actions
   * @param options per-call options over the client's
   */
  public ApiResponse<PredefinedActionGroup> updateWithResponse(String id, CreatePredefinedActionGroupRequest body,
      RequestOptions options) {
    return update.withResponse(new Change<>(id, body, false), options);
  }

  /**
   * {@return {@link #update(String, CreatePredefinedActionGroupRequest)} without blocking}
   *
   * @param id the group's id
   * @param body the new name, position and actions
   */
  public CompletableFuture<PredefinedActionGroup> updateAsync(String id, CreatePredefinedActionGroupRequest body) {
    return updateAsync(id, body, RequestOptions.none());
  }

  /**
   * {@return {@link #update(String, CreatePredefinedActionGroupRequest, RequestOptions)} without blocking}
   *
   * @param id the group's id
   * @param body the new name, position and actions
   * @param options per-call options over the client's
   */
  public CompletableFuture<PredefinedActionGroup> updateAsync(String id, CreatePredefinedActionGroupRequest body,
      RequestOptions options) {
    return update.async(new Change<>(id, body, false), options);
  }

  /**
   * Deletes the group (the predefined actions in it stay).
   *
   * @param id the group's id
   */
  public void delete(String id) {
    delete(id, RequestOptions.none());
  }

  /**
   * Deletes the group (the predefined actions in it stay).
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public void delete(String id, RequestOptions options) {
    delete.call(id, options);
  }

  /**
   * {@return {@link #delete(String)}'s answer: its status and headers, no body}
   *
   * @param id the group's id
   */
  public ApiResponse<Void> deleteWithResponse(String id) {
    return deleteWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String, RequestOptions)}'s answer: its status and headers, no body}
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public ApiResponse<Void> deleteWithResponse(String id, RequestOptions options) {
    return delete.withResponse(id, options);
  }

  /**
   * {@return {@link #delete(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the group's id
   */
  public CompletableFuture<Void> deleteAsync(String id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #delete(String, RequestOptions)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the group's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<Void> deleteAsync(String id, RequestOptions options) {
    return delete.async(id, options);
  }

  private static List<PredefinedActionGroup> groups(PredefinedActionGroupList answer) {
    PredefinedActionGroupListData data = answer.getData();
    if (data == null || data.getPredefinedActionGroups() == null) {
      return List.of();
    }
    return data.getPredefinedActionGroups().stream().filter(Objects::nonNull)
        .map(PredefinedActionGroupListItem::getPredefinedActionGroup).filter(Objects::nonNull).toList();
  }

  private static PredefinedActionGroup entity(PredefinedActionGroupResponse answer) {
    return Envelope.unwrap(answer, PredefinedActionGroupResponse::getData,
        PredefinedActionGroupListItem::getPredefinedActionGroup);
  }
}
