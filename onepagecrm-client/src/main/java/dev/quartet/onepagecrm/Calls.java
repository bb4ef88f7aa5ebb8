package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.CallsApi;
import dev.quartet.onepagecrm.model.CallResponse;
import dev.quartet.onepagecrm.model.CreateCallRequest;

/** The call operations plus partial update and undo of a delete. */
public final class Calls extends CallsApi {
  Calls(ApiInvoker invoker) {
    super(invoker);
  }

  /** Changes only the fields set in {@code body} ({@code PUT /calls/{call_id}?partial=true}); others keep their values. */
  public CallResponse updateCallPartially(String id, CreateCallRequest body) {
    return updateCall(id, body, true);
  }

  /** Restores a call deleted earlier ({@code DELETE /calls/{call_id}?undo=true}). */
  public void undoDeleteCall(String id) {
    deleteCall(id, true);
  }
}
