package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.onepagecrm.api.ActionsApi;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.ActionList;
import dev.quartet.onepagecrm.model.ActionListItem;
import dev.quartet.onepagecrm.model.ActionResponse;
import dev.quartet.onepagecrm.model.CreateActionRequest;
import dev.quartet.onepagecrm.params.DeleteActionParams;
import dev.quartet.onepagecrm.params.ListActionsParams;
import dev.quartet.onepagecrm.params.UpdateActionParams;
import java.util.concurrent.CompletableFuture;

/**
 * Actions: the calls of {@link CrmEntities} plus {@link #markDone} and {@link #unlink}, handing back the
 * {@link Action} itself; {@link #api()} has every generated action operation, returning the whole envelope.
 */
public final class Actions extends CrmEntities<Action, CreateActionRequest, Action, ListActionsParams, ActionList> {
  private final ActionsApi api;
  private final Operation<String, Action> markDone;
  private final Operation<String, Action> unlink;

  Actions(ApiInvoker invoker) {
    this(new ActionsApi(invoker));
  }

  private Actions(ActionsApi api) {
    super(Operation.of(api::getActionWithResponse, api::getActionAsync, Actions::entity),
        Operation.of(api::createActionWithResponse, api::createActionAsync, Actions::entity),
        Operation.of((c, o) -> api.updateActionWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateActionAsync(c.id(), c.body(), update(c), o), Actions::entity),
        Operation.ignoringBody((r, o) -> api.deleteActionWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteActionAsync(r.id(), delete(r), o)),
        EntityListing.paged(new PageParams<>(ListActionsParams.none(), ListActionsParams::page, ListActionsParams::perPage,
                (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build()),
            Operation.of(api::listActionsWithResponse, api::listActionsAsync), Lists.ACTIONS));
    this.api = api;
    this.markDone = Operation.of(api::markActionAsDoneWithResponse, api::markActionAsDoneAsync, Actions::entity);
    this.unlink = Operation.of(api::unlinkActionWithResponse, api::unlinkActionAsync, Actions::entity);
  }

  /** {@return every generated action operation ({@code getAction}, {@code swapActionWithResponse}, ...), returning the envelope} */
  public ActionsApi api() {
    return api;
  }

  /**
   * Marks the action done.
   *
   * @param id the action's id
   * @return the action as stored
   */
  public Action markDone(String id) {
    return markDone(id, RequestOptions.none());
  }

  /**
   * Marks the action done.
   *
   * @param id the action's id
   * @param options per-call options over the client's
   * @return the action as stored
   */
  public Action markDone(String id, RequestOptions options) {
    return markDone.call(id, options);
  }

  /**
   * {@return {@link #markDone(String)} with the answer's status and headers}
   *
   * @param id the action's id
   */
  public ApiResponse<Action> markDoneWithResponse(String id) {
    return markDoneWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #markDone(String, RequestOptions)} with the answer's status and headers}
   *
   * @param id the action's id
   * @param options per-call options over the client's
   */
  public ApiResponse<Action> markDoneWithResponse(String id, RequestOptions options) {
    return markDone.withResponse(id, options);
  }

  /**
   * {@return {@link #markDone(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the action's id
   */
  public CompletableFuture<Action> markDoneAsync(String id) {
    return markDoneAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #markDone(String, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the action's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<Action> markDoneAsync(String id, RequestOptions options) {
    return markDone.async(id, options);
  }

  /**
   * Detaches the action from the external provider that controls it ({@code PUT /actions/{id}/unlink}): while
   * {@code externally_controlled} is true only the provider may change its text, date, time and status.
   *
   * @param id the action's id
   * @return the action as stored, now under the CRM's control
   */
  public Action unlink(String id) {
    return unlink(id, RequestOptions.none());
  }

  /**
   * {@link #unlink(String)} with per-call options.
   *
   * @param id the action's id
   * @param options per-call options over the client's
   * @return the action as stored, now under the CRM's control
   */
  public Action unlink(String id, RequestOptions options) {
    return unlink.call(id, options);
  }

  /**
   * {@return {@link #unlink(String)} with the answer's status and headers}
   *
   * @param id the action's id
   */
  public ApiResponse<Action> unlinkWithResponse(String id) {
    return unlinkWithResponse(id, RequestOptions.none());
  }

  /**
   * {@return {@link #unlink(String, RequestOptions)} with the answer's status and headers}
   *
   * @param id the action's id
   * @param options per-call options over the client's
   */
  public ApiResponse<Action> unlinkWithResponse(String id, RequestOptions options) {
    return unlink.withResponse(id, options);
  }

  /**
   * {@return {@link #unlink(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param id the action's id
   */
  public CompletableFuture<Action> unlinkAsync(String id) {
    return unlinkAsync(id, RequestOptions.none());
  }

  /**
   * {@return {@link #unlink(String, RequestOptions)} without blocking; cancelling cancels the HTTP call}
   *
   * @param id the action's id
   * @param options per-call options over the client's
   */
  public CompletableFuture<Action> unlinkAsync(String id, RequestOptions options) {
    return unlink.async(id, options);
  }

  private static Action entity(ActionResponse answer) {
    return Envelope.unwrap(answer, ActionResponse::getData, ActionListItem::getAction);
  }

  private static UpdateActionParams update(Change<?> change) {
    return UpdateActionParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteActionParams delete(Removal removal) {
    return DeleteActionParams.builder().undo(removal.undoFlag()).build();
  }
}
