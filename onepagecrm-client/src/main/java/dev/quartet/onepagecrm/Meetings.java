package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.api.MeetingsApi;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.MeetingListItem;
import dev.quartet.onepagecrm.model.MeetingResponse;

/**
 * The meeting operations. The short calls ({@link #get}, {@link #create}, {@link #update}, ...) hand back the
 * {@link Meeting} itself; the generated ones ({@code createMeeting...}) keep the whole envelope.
 */
public final class Meetings extends MeetingsApi {
  Meetings(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return the meeting with this id}
   *
   * @param id the ID
   */
  public Meeting get(String id) {
    return entity(getMeeting(id));
  }

  /**
   * Creates a meeting; the answer is the meeting as stored.
   *
   * @param body the body
   * @return the meeting as stored
   */
  public Meeting create(CreateMeetingRequest body) {
    return entity(createMeeting(body));
  }

  /**
   * Replaces the meeting's fields with {@code body}'s ({@code PUT}).
   *
   * @param id the meeting id
   * @param body the new fields
   * @return the meeting as stored
   */
  public Meeting update(String id, CreateMeetingRequest body) {
    return entity(updateMeeting(id, body, null));
  }

  /**
   * Changes only the fields set in {@code body} ({@code PUT ...?partial=true}); others keep their values.
   *
   * @param id the meeting id
   * @param body the fields to change
   * @return the meeting as stored
   */
  public Meeting updatePartially(String id, CreateMeetingRequest body) {
    return entity(updateMeeting(id, body, true));
  }

  /**
   * Same as {@link #updatePartially}.
   *
   * @param id the ID
   * @param body the body
   * @return what {@link #updatePartially} returns
   */
  public Meeting updateMeetingPartially(String id, CreateMeetingRequest body) {
    return updatePartially(id, body);
  }

  /**
   * Deletes the meeting; {@link #undoDelete} brings it back.
   *
   * @param id the ID
   */
  public void delete(String id) {
    deleteMeeting(id, null);
  }

  /**
   * Restores a meeting deleted earlier ({@code DELETE ...?undo=true}).
   *
   * @param id the ID
   */
  public void undoDelete(String id) {
    deleteMeeting(id, true);
  }

  /**
   * Same as {@link #undoDelete}.
   *
   * @param id the ID
   */
  public void undoDeleteMeeting(String id) {
    undoDelete(id);
  }

  /** {@return every meeting, {@value Contacts#MAX_PER_PAGE} per request} */
  public Pager<Meeting> listAll() {
    return listAll(Contacts.MAX_PER_PAGE);
  }

  /**
   * {@return every meeting, fetched lazily {@code perPage} (1..100) at a time; nothing is sent before iteration}
   *
   * @param perPage the per page
   */
  public Pager<Meeting> listAll(int perPage) {
    return Lists.meetings(perPage,
        page -> listMeetings(null, null, null, null, null, null, null, null, null, page, perPage));
  }

  private static Meeting entity(MeetingResponse answer) {
    return Envelope.unwrap(answer, MeetingResponse::getData, MeetingListItem::getMeeting);
  }
}
