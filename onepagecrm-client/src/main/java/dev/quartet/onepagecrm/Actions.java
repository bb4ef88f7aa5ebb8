package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.ActionsApi;
import dev.quartet.onepagecrm.model.ActionResponse;
import dev.quartet.onepagecrm.model.CreateActionRequest;

/** The action operations plus partial update and undo of a delete. */
public final class Actions extends ActionsApi {
  Actions(ApiInvoker invoker) {
    super(invoker);
  }

  /** Changes only the fields set in {@code body} ({@code PUT /actions/{action_id}?partial=true}); others keep their values. */
  public ActionResponse updateActionPartially(String id, CreateActionRequest body) {
    return updateAction(id, body, null, true);
  }

  /** Restores an action deleted earlier ({@code DELETE /actions/{action_id}?undo=true}). */
  public void undoDeleteAction(String id) {
    deleteAction(id, true);
  }
}
