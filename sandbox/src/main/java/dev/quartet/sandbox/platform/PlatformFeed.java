package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;

/**
 * Records an object's event in its history and pushes it to every open real-time channel, the way the
 * platform reports creations, changes, removals, packets and commands.
 */
final class PlatformFeed {
  private final PlatformState state;
  private final PlatformRealtime realtime;
  private final Clock clock;

  PlatformFeed(PlatformState state, PlatformRealtime realtime, Clock clock) {
    this.state = state;
    this.realtime = realtime;
    this.clock = clock;
  }

  void publish(String type, String objectId, JsonNode data) {
    ObjectNode event = PlatformRoutes.MAPPER.createObjectNode().put("_id", state.nextId())
        .put("_msgid", "msg-" + state.ids.incrementAndGet()).put("_oid", objectId).put("event", type).put("time", clock.millis());
    event.set("data", data);
    state.events.computeIfAbsent(objectId, k -> new ArrayList<>()).add(event);
    realtime.broadcast(type, event);
  }
}
