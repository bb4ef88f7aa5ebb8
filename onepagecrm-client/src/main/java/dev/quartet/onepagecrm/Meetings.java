package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.MeetingsApi;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.MeetingList;
import dev.quartet.onepagecrm.model.MeetingListItem;
import dev.quartet.onepagecrm.model.MeetingResponse;
import dev.quartet.onepagecrm.params.DeleteMeetingParams;
import dev.quartet.onepagecrm.params.ListMeetingsParams;
import dev.quartet.onepagecrm.params.UpdateMeetingParams;

/**
 * The meeting operations of {@link CrmEntities}, handing back the {@link Meeting} itself; {@link #api()} has every
 * generated meeting operation, returning the whole envelope.
 */
public final class Meetings extends CrmEntities<Meeting, CreateMeetingRequest, Meeting, ListMeetingsParams, MeetingList> {
  private final MeetingsApi api;

  Meetings(ApiInvoker invoker) {
    this(new MeetingsApi(invoker));
  }

  private Meetings(MeetingsApi api) {
    super(Operation.of(api::getMeetingWithResponse, api::getMeetingAsync, Meetings::entity),
        Operation.of(api::createMeetingWithResponse, api::createMeetingAsync, Meetings::entity),
        Operation.of((c, o) -> api.updateMeetingWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateMeetingAsync(c.id(), c.body(), update(c), o), Meetings::entity),
        Operation.ignoringBody((r, o) -> api.deleteMeetingWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteMeetingAsync(r.id(), delete(r), o)),
        EntityListing.paged(new PageParams<>(ListMeetingsParams.none(), ListMeetingsParams::page, ListMeetingsParams::perPage,
                (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build()),
            Operation.of(api::listMeetingsWithResponse, api::listMeetingsAsync), Lists.MEETINGS));
    this.api = api;
  }

  /** {@return every generated meeting operation ({@code getMeeting}, {@code listMeetingsWithResponse}, ...), returning the envelope} */
  public MeetingsApi api() {
    return api;
  }

  private static Meeting entity(MeetingResponse answer) {
    return Envelope.unwrap(answer, MeetingResponse::getData, MeetingListItem::getMeeting);
  }

  private static UpdateMeetingParams update(Change<?> change) {
    return UpdateMeetingParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteMeetingParams delete(Removal removal) {
    return DeleteMeetingParams.builder().undo(removal.undoFlag()).build();
  }
}
