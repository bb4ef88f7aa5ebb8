package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.ActionsApi;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.ActionListItem;
import dev.quartet.onepagecrm.model.ActionResponse;
import dev.quartet.onepagecrm.model.CreateActionRequest;

/**
 * The action operations. The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the
 * {@link Action} itself; the generated ones ({@code createAction...}) keep the whole envelope.
 */
public final class Actions extends ActionsApi {
  Actions(ApiInvoker invoker) {
    super(invoker);
  }

  /** The action with this id. */
  public Action get(String id) {
    return entity(getAction(id));
  }

  /** Creates a action; the answer is the action as stored. */
  public Action create(CreateActionRequest body) {
    return entity(createAction(body));
  }

  /** Replaces the action's fields with {@code body}'s ({@code PUT}). */
  public Action update(String id, CreateActionRequest body) {
    return entity(updateAction(id, body, null, null));
  }

  /** Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values. */
  public Action updatePartially(String id, CreateActionRequest body) {
    return entity(updateAction(id, body, null, true));
  }

  /** Same as {@link #updatePartially}. */
  public Action updateActionPartially(String id, CreateActionRequest body) {
    return updatePartially(id, body);
  }

  /** Marks the action done; the answer is the action as stored. */
  public Action markDone(String id) {
    return entity(markActionAsDone(id));
  }

  /**
   * Detaches the action from the external provider that controls it ({@code PUT /actions/{id}/unlink}): while
   * {@code externally_controlled} is true only the provider may change its text, date, time and status. The
   * answer is the action as stored, now under the CRM's control.
   */
  public Action unlink(String id) {
    return entity(unlinkAction(id));
  }

  /** Deletes the action; {@link #undoDelete} brings it back. */
  public void delete(String id) {
    deleteAction(id, null);
  }

  /** Restores a action deleted earlier ({@code DELETE ...?undo=true}). */
  public void undoDelete(String id) {
    deleteAction(id, true);
  }

  /** Same as {@link #undoDelete}. */
  public void undoDeleteAction(String id) {
    undoDelete(id);
  }

  /** Every action, {@value Contacts#MAX_PER_PAGE} per request. */
  public Pager<Action> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /** Every action, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration. */
  public Pager<Action> listAll(int perPage) {
    return Lists.actions(perPage,
        page -> listActions(null, null, null, null, null, null, null, null, null, null, null, null,
            page, perPage));
  }

  private static Action entity(ActionResponse answer) {
    return Envelope.unwrap(answer, ActionResponse::getData, ActionListItem::getAction);
  }
}
