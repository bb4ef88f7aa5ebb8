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

  /**
   * {@return the action with this id}
   *
   * @param id the ID
   */
  public Action get(String id) {
    return entity(getAction(id));
  }

  /**
   * Creates a action; the answer is the action as stored.
   *
   * @param body the body
   * @return the action as stored
   */
  public Action create(CreateActionRequest body) {
    return entity(createAction(body));
  }

  /**
   * Replaces the action's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the action id
   * @param body the new fields
   * @return the action as stored
   */
  public Action update(String id, CreateActionRequest body) {
    return entity(updateAction(id, body, null, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the action id
   * @param body the fields to change
   * @return the action as stored
   */
  public Action updatePartially(String id, CreateActionRequest body) {
    return entity(updateAction(id, body, null, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param id the ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Action updateActionPartially(String id, CreateActionRequest body) {
    return updatePartially(id, body);
  }

  /**
   * Marks the action done; the answer is the action as stored.
   *
   * @param id the ID
   * @return the action as stored
   */
  public Action markDone(String id) {
    return entity(markActionAsDone(id));
  }

  /**
   * Detaches the action from the external provider that controls it ({@code PUT /actions/{id}/unlink}): while
   * {@code externally_controlled} is true only the provider may change its text, date, time and status. The
   * answer is the action as stored, now under the CRM's control.
   *
   * @param id the action's ID
   * @return the action as stored
   */
  public Action unlink(String id) {
    return entity(unlinkAction(id));
  }

  /**
   * Deletes the action; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteAction(id, null);
  }

  /**
   * Restores a action deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteAction(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param id the ID
   */
  public void undoDeleteAction(String id) {
    undoDelete(id);
  }

  /** {@return every action, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Action> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every action, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the per page
   */
  public Pager<Action> listAll(int perPage) {
    return Lists.actions(perPage,
        page -> listActions(null, null, null, null, null, null, null, null, null, null, null, null,
            page, perPage));
  }

  private static Action entity(ActionResponse answer) {
    return Envelope.unwrap(answer, ActionResponse::getData, ActionListItem::getAction);
  }
}
