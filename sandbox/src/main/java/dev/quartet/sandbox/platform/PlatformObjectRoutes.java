package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.array;
import static dev.quartet.sandbox.platform.PlatformAnswers.error;
import static dev.quartet.sandbox.platform.PlatformAnswers.json;
import static dev.quartet.sandbox.platform.PlatformAnswers.param;
import static dev.quartet.sandbox.platform.PlatformAnswers.readTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An object's sub-resources: {@code packets} (history and sending telemetry, which also becomes the
 * object's {@code state}), {@code commands/{command}}, {@code events} and {@code model}.
 */
final class PlatformObjectRoutes {
  private final PlatformState state;
  private final PlatformFeed feed;
  private final Clock clock;

  PlatformObjectRoutes(PlatformState state, PlatformFeed feed, Clock clock) {
    this.state = state;
    this.feed = feed;
    this.clock = clock;
  }

  /**
   * {@return the answer for {@code /objects/{objectId}/<rest>}}
   *
   * @param rest the path segments after the object's id, at least one
   */
  ResponseDefinition answer(String objectId, List<String> rest, String method, Request request) {
    ObjectNode object = state.store("objects").get(objectId);
    String what = rest.get(0);
    boolean packets = rest.size() == 1 && what.equals("packets") && (method.equals("GET") || method.equals("POST"));
    boolean events = rest.size() == 1 && what.equals("events") && method.equals("GET");
    boolean model = rest.size() == 1 && what.equals("model") && method.equals("GET");
    boolean command = rest.size() == 2 && what.equals("commands") && method.equals("POST");
    if (!packets && !events && !model && !command) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    }
    if (object == null) {
      return error(404, "Not Found", "error_not_found");
    }
    if (packets) {
      return method.equals("POST") ? sendPacket(objectId, object, request) : history(state.packets.get(objectId), request);
    }
    if (events) {
      return history(state.events.get(objectId), request);
    }
    if (model) {
      return model(object, request);
    }
    ObjectNode data = PlatformRoutes.MAPPER.createObjectNode().put("command", rest.get(1));
    JsonNode params = readTree(request.getBodyAsString());
    if (params.isObject() && params.size() > 0) {
      data.set("params", params);
    }
    feed.publish("object-command-req", objectId, data);
    return json(200, PlatformRoutes.MAPPER.createObjectNode().put("success", true));
  }

  private ResponseDefinition history(List<ObjectNode> recorded, Request request) {
    List<ObjectNode> within = new ArrayList<>();
    for (ObjectNode item : recorded == null ? List.<ObjectNode>of() : recorded) {
      if (PlatformLists.withinTime(item, request)) {
        within.add(item);
      }
    }
    return json(200, array(PlatformLists.page(within, request)));
  }

  private ResponseDefinition model(ObjectNode object, Request request) {
    ObjectNode model = state.store("models").get(object.path("model").asText());
    if (model == null) {
      return error(404, "Not Found", "error_not_found");
    }
    String only = param(request, "only");
    return json(200, only == null ? model : PlatformLists.only(model, only));
  }

  private ResponseDefinition sendPacket(String objectId, ObjectNode object, Request request) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!body.isObject()) {
      return error(400, "A packet is a JSON object", "error_bad_request");
    }
    long now = clock.millis();
    ObjectNode packet = ((ObjectNode) body).deepCopy();
    packet.put("_id", state.nextId()).put("_ts", now * 1000).put("time", now);
    state.packets.computeIfAbsent(objectId, k -> new ArrayList<>()).add(packet);
    object.withObject("state").setAll(packet);
    feed.publish("object-packet", objectId, packet);
    return json(200, PlatformRoutes.MAPPER.createObjectNode().put("success", true));
  }
}
