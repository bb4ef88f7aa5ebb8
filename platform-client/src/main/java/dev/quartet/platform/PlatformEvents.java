package dev.quartet.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.platform.api.EventsApi;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.OrgEventTypes;
import java.util.List;

/**
 * The organisation's event history, filtered by time and type with an {@link EventQuery}, and the
 * event types that occur in it. The history answers the same events the real-time channels deliver.
 * The generated operations stay available.
 */
public final class PlatformEvents extends EventsApi {
  private static final TypeReference<List<ObjectEvent>> EVENTS = new TypeReference<>() {};

  private final ApiInvoker invoker;

  PlatformEvents(ApiInvoker invoker) {
    super(invoker);
    this.invoker = invoker;
  }

  /**
   * Reads the event history in one request; page with the query's offset for more.
   *
   * @param query the time window, type filter and paging
   * @return the events of one answer (at most 10000); empty when there are none
   */
  public List<ObjectEvent> history(EventQuery query) {
    Checks.required("query", query);
    List<ObjectEvent> events = invoker.execute(query.toRequest(this), EVENTS).body();
    return events == null ? List.of() : events;
  }

  /** {@return every event type seen in the organisation, per model and without a model} */
  public OrgEventTypes types() {
    return getOrgEventTypes();
  }
}
