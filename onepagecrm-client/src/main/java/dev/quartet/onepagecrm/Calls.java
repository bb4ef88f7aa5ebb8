package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.CallsApi;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.CallListItem;
import dev.quartet.onepagecrm.model.CallResponse;
import dev.quartet.onepagecrm.model.CreateCallRequest;

/**
 * The call operations. The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the
 * {@link Call} itself; the generated ones ({@code createCall...}) keep the whole envelope.
 */
public final class Calls extends CallsApi {
  Calls(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return the call with this id}
   *
   * @param id the ID
   */
  public Call get(String id) {
    return entity(getCall(id));
  }

  /**
   * Creates a call; the answer is the call as stored.
   *
   * @param body the body
   * @return the call as stored
   */
  public Call create(CreateCallRequest body) {
    return entity(createCall(body));
  }

  /**
   * Replaces the call's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the call id
   * @param body the new fields
   * @return the call as stored
   */
  public Call update(String id, CreateCallRequest body) {
    return entity(updateCall(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the call id
   * @param body the fields to change
   * @return the call as stored
   */
  public Call updatePartially(String id, CreateCallRequest body) {
    return entity(updateCall(id, body, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param id the ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Call updateCallPartially(String id, CreateCallRequest body) {
    return updatePartially(id, body);
  }

  /**
   * Deletes the call; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteCall(id, null);
  }

  /**
   * Restores a call deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteCall(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param id the ID
   */
  public void undoDeleteCall(String id) {
    undoDelete(id);
  }

  /** {@return every call, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Call> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every call, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the per page
   */
  public Pager<Call> listAll(int perPage) {
    return Lists.calls(perPage,
        page -> listCalls(null, null, null, null, null, null, null, null, null, page, perPage));
  }

  private static Call entity(CallResponse answer) {
    return Envelope.unwrap(answer, CallResponse::getData, CallListItem::getCall);
  }
}
