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
import java.util.Map;
import java.util.Set;

/**
 * The generic CRUD over {@code /api/v1/{store}} and {@code /api/v1/{store}/{id}} for the stores the
 * platform names: create (server-set {@code _id}, {@code time} and access fields), list (filters, time
 * bounds, sort, paging under the cap, {@code only}, {@code meta=true}), read, PATCH (the system fields
 * refused) and delete, each write answering the entity. Changes to {@code objects} are published.
 */
final class PlatformStores {
  /** The stores the vendor documents; {@code tables/<id>/rows} is matched apart. */
  static final Set<String> KNOWN = Set.of("models", "objects", "automatons", "handlers", "labels", "geofences", "admin",
      "links", "messages", "users", "groups", "invites", "roles", "tokens", "geo", "events", "tables", "tasks",
      "tasks/kinds", "reports", "reports/builds", "models/base");
  private static final List<String> READ_ONLY = List.of("_id", "access", "owner", "group", "branch");

  private final PlatformState state;
  private final PlatformFeed feed;
  private final Clock clock;

  PlatformStores(PlatformState state, PlatformFeed feed, Clock clock) {
    this.state = state;
    this.feed = feed;
    this.clock = clock;
  }

  static boolean known(String store) {
    return KNOWN.contains(store) || store.matches("tables/[0-9a-fA-F]{24}/rows");
  }

  /** Answers a request for a whole store ({@code id} null) or one of its entities. */
  ResponseDefinition answer(String store, String id, String method, Request request) {
    if (!known(store)) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    }
    Map<String, ObjectNode> entities = state.store(store);
    if (id == null) {
      return switch (method) {
        case "POST" -> create(store, entities, request);
        case "GET" -> list(entities, request);
        default -> SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
      };
    }
    ObjectNode entity = entities.get(id);
    if (entity == null && List.of("GET", "PATCH", "DELETE").contains(method)) {
      return error(404, "Not Found", "error_not_found");
    }
    return switch (method) {
      case "GET" -> json(200, param(request, "only") == null ? entity : PlatformLists.only(entity, param(request, "only")));
      case "PATCH" -> update(store, id, entity, request);
      case "DELETE" -> {
        entities.remove(id);
        if (store.equals("objects")) {
          feed.publish("object-remove", id, PlatformRoutes.MAPPER.createObjectNode().put("name", entity.path("name").asText()));
        }
        yield json(200, entity);
      }
      default -> SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    };
  }

  private ResponseDefinition create(String store, Map<String, ObjectNode> entities, Request request) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!body.isObject()) {
      return error(400, "Body must be a JSON object", "error_bad_request");
    }
    if (store.equals("objects")) {
      if (!body.hasNonNull("model") || !body.hasNonNull("id") || !body.hasNonNull("name")) {
        return error(400, "An object needs model, id and name", "error_validation");
      }
      if (!body.path("id").asText().matches("[a-z0-9:_+\\-]*")) {
        return error(400, "An object's id may hold a-z, 0-9, ':', '_', '+' and '-' only", "error_validation");
      }
      if (!state.store("models").containsKey(body.path("model").asText())) {
        return error(404, "Model not found", "error_not_found");
      }
    }
    String id = state.nextId();
    ObjectNode entity = PlatformSeed.system(PlatformRoutes.MAPPER, id, clock.millis());
    ((ObjectNode) body).fields().forEachRemaining(field -> {
      if (!READ_ONLY.contains(field.getKey()) && !field.getKey().equals("time")) {
        entity.set(field.getKey(), field.getValue());
      }
    });
    entities.put(id, entity);
    if (store.equals("objects")) {
      feed.publish("object-insert", id, entity);
    }
    return json(200, entity);
  }

  private ResponseDefinition list(Map<String, ObjectNode> entities, Request request) {
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode entity : entities.values()) {
      if (PlatformQueries.matches(entity, request) && PlatformLists.withinTime(entity, request)) {
        matching.add(entity);
      }
    }
    if ("true".equals(param(request, "meta"))) {
      if (param(request, "offset") != null || param(request, "limit") != null) {
        return error(400, "meta cannot be combined with offset or limit", "error_bad_request");
      }
      ObjectNode meta = PlatformRoutes.MAPPER.createObjectNode().put("success", true).put("total", matching.size());
      if (!matching.isEmpty()) {
        meta.set("first", matching.get(0));
        meta.set("last", matching.get(matching.size() - 1));
      }
      return json(200, meta);
    }
    return json(200, array(PlatformLists.page(matching, request)));
  }

  private ResponseDefinition update(String store, String id, ObjectNode entity, Request request) {
    JsonNode changes = readTree(request.getBodyAsString());
    if (!changes.isObject()) {
      return error(400, "Body must be a JSON object", "error_bad_request");
    }
    for (String field : READ_ONLY) {
      if (changes.has(field)) {
        return error(400, "Field " + field + " cannot be changed", "error_readonly");
      }
    }
    entity.setAll((ObjectNode) changes);
    if (store.equals("objects")) {
      feed.publish("object-update", id, changes);
    }
    return json(200, entity);
  }
}
