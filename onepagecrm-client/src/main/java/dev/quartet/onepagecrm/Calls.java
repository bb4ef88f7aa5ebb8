package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.onepagecrm.api.CallsApi;
import dev.quartet.onepagecrm.model.CreateCallRequest;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.CallList;
import dev.quartet.onepagecrm.model.CallListItem;
import dev.quartet.onepagecrm.model.CallResponse;
import dev.quartet.onepagecrm.params.DeleteCallParams;
import dev.quartet.onepagecrm.params.ListCallsParams;
import dev.quartet.onepagecrm.params.UpdateCallParams;

/**
 * The call operations of {@link CrmEntities}, handing back the {@link Call} itself; {@link #api()} has every
 * generated call operation, returning the whole envelope.
 */
public final class Calls extends CrmEntities<Call, CreateCallRequest, Call, ListCallsParams, CallList> {
  private final CallsApi api;

  Calls(ApiInvoker invoker) {
    this(new CallsApi(invoker));
  }

  private Calls(CallsApi api) {
    super(Operation.of(api::getCallWithResponse, api::getCallAsync, Calls::entity),
        Operation.of(api::createCallWithResponse, api::createCallAsync, Calls::entity),
        Operation.of((c, o) -> api.updateCallWithResponse(c.id(), c.body(), update(c), o),
            (c, o) -> api.updateCallAsync(c.id(), c.body(), update(c), o), Calls::entity),
        Operation.ignoringBody((r, o) -> api.deleteCallWithResponse(r.id(), delete(r), o),
            (r, o) -> api.deleteCallAsync(r.id(), delete(r), o)),
        EntityListing.paged(new PageParams<>(ListCallsParams.none(), ListCallsParams::page, ListCallsParams::perPage,
                (f, p) -> f.toBuilder().page(p.page()).perPage(p.perPage()).build()),
            Operation.of(api::listCallsWithResponse, api::listCallsAsync), Lists.CALLS));
    this.api = api;
  }

  /** {@return every generated call operation ({@code getCall}, {@code listCallsWithResponse}, ...), returning the envelope} */
  public CallsApi api() {
    return api;
  }

  private static Call entity(CallResponse answer) {
    return Envelope.unwrap(answer, CallResponse::getData, CallListItem::getCall);
  }

  private static UpdateCallParams update(Change<?> change) {
    return UpdateCallParams.builder().partial(change.partialFlag()).build();
  }

  private static DeleteCallParams delete(Removal removal) {
    return DeleteCallParams.builder().undo(removal.undoFlag()).build();
  }
}
