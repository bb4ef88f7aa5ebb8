package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.MeetingsApi;
import dev.quartet.onepagecrm.model.MeetingResponse;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;

/** The meeting operations plus partial update and undo of a delete. */
public final class Meetings extends MeetingsApi {
  Meetings(ApiInvoker invoker) {
    super(invoker);
  }

  /** Changes only the fields set in {@code body} ({@code PUT /meetings/{meeting_id}?partial=true}); others keep their values. */
  public MeetingResponse updateMeetingPartially(String id, CreateMeetingRequest body) {
    return updateMeeting(id, body, true);
  }

  /** Restores a meeting deleted earlier ({@code DELETE /meetings/{meeting_id}?undo=true}). */
  public void undoDeleteMeeting(String id) {
    deleteMeeting(id, true);
  }
}
