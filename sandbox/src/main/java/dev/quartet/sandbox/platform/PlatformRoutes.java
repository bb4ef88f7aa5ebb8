package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.array;
import static dev.quartet.sandbox.platform.PlatformAnswers.error;
import static dev.quartet.sandbox.platform.PlatformAnswers.json;
import static dev.quartet.sandbox.platform.PlatformAnswers.param;
import static dev.quartet.sandbox.platform.PlatformAnswers.readTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Rightech IoT Cloud platform API under {@code /platform}: token and cookie logins, every store
 * kept in memory (create, list with offset/limit/where/meta, get, PATCH, delete), object packets,
 * commands, events and models, and the organisation's event history ({@code /events},
 * {@code /events/org}). The data lives in {@link PlatformState} (seeded by {@link PlatformSeed}); the
 * real-time channels ({@code /socket.io/} and {@code /events/stream}) run beside WireMock
 * ({@link PlatformRealtime}), which pushes an event for every object created, changed, deleted or sent
 * telemetry or a command.
 */
public final class PlatformRoutes implements Emulator {
  private static final String PREFIX = PlatformSandbox.PREFIX;
  private static final String LOGIN = PlatformSandbox.LOGIN;
  private static final String PASSWORD = PlatformSandbox.PASSWORD;
  private static final String OWNER = PlatformSeed.OWNER;
  private static final String GROUP = PlatformSeed.GROUP;

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final PlatformRealtime realtime;
  private final SandboxSettings settings;
  private PlatformState state = PlatformSeed.state(MAPPER);

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock and login lifetime
   * @param bindAddress the address the real-time channels listen on
   * @param realtimePort their port; 0 takes a free one
   */
  public PlatformRoutes(SandboxSettings settings, String bindAddress, int realtimePort) {
    this.settings = settings;
    this.realtime = new PlatformRealtime(bindAddress, realtimePort);
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.PLATFORM;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return PlatformAnswers.error(status, message);
  }

  /** Starts the real-time server beside the sandbox's. */
  @Override
  public void install(WireMockServer server) {
    realtime.start();
  }

  /** {@return base URL of the real-time channels (pass it to {@code PlatformClient.Builder.realtimeUrl})} */
  public String realtimeUrl() {
    return realtime.url();
  }

  @Override
  public synchronized void reset() {
    state = PlatformSeed.state(MAPPER);
  }

  @Override
  public void stop() {
    realtime.stop();
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "").substring(PREFIX.length());
    String method = request.getMethod().getName();
    if (!path.startsWith("/api/v1/")) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    }
    List<String> segments = Arrays.asList(path.substring("/api/v1/".length()).split("/"));
    try {
      if (segments.get(0).equals("auth")) {
        return login(request, segments);
      }
      if (!authenticated(request)) {
        return error(401, "Unauthorized", "error_unauthorized");
      }
      return route(request, method, segments);
    } catch (IllegalArgumentException bad) {
      return error(400, bad.getMessage(), "error_bad_request");
    }
  }

  private ResponseDefinition login(Request request, List<String> segments) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!LOGIN.equals(body.path("login").asText()) || !PASSWORD.equals(body.path("password").asText())) {
      return error(403, "Forbidden", "error_credentials", "error_forbidden");
    }
    long now = System.currentTimeMillis();
    if (segments.size() == 2 && segments.get(1).equals("token")) {
      ObjectNode answer = MAPPER.createObjectNode().put("success", true).put("type", "access")
          .put("token", "sandbox-token-" + now).put("issuedAt", now).put("expiresAt", now + 24 * 3600_000L);
      return json(200, answer);
    }
    return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Set-Cookie", "sid=sandbox-session-" + now + "; Path=/; Max-Age=86400; HttpOnly")
        .withBody("{\"success\":true}").build();
  }

  private static boolean authenticated(Request request) {
    String auth = request.getHeader("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && auth.length() > 7) {
      return true;
    }
    Cookie sid = request.getCookies().get("sid");
    return sid != null && !sid.getValues().isEmpty();
  }

  private ResponseDefinition route(Request request, String method, List<String> segments) {
    int n = segments.size();
    if (segments.get(0).equals("events") && method.equals("GET") && n <= 2) {
      if (n == 1) {
        return json(200, array(PlatformQueries.history(state, request)));
      }
      if (segments.get(1).equals("org")) {
        return json(200, PlatformQueries.orgEventTypes(state));
      }
    }
    if (segments.get(0).equals("objects") && n >= 3 && isId(segments.get(1))) {
      String objectId = segments.get(1);
      if (!store("objects").containsKey(objectId)) {
        return error(404, "Not Found", "error_not_found");
      }
      if (n == 3 && segments.get(2).equals("packets")) {
        return method.equals("POST") ? sendPacket(objectId, request) : json(200, array(state.packets.getOrDefault(objectId, List.of())));
      }
      if (n == 3 && segments.get(2).equals("events")) {
        return json(200, array(state.events.getOrDefault(objectId, List.of())));
      }
      if (n == 3 && segments.get(2).equals("model") && method.equals("GET")) {
        ObjectNode object = store("objects").get(objectId);
        ObjectNode model = store("models").get(object.path("model").asText());
        if (model == null) {
          return error(404, "Not Found", "error_not_found");
        }
        ObjectNode answer = model.deepCopy();
        answer.set("_object", object);
        return json(200, answer.put("success", true));
      }
      if (n == 4 && segments.get(2).equals("commands") && method.equals("POST")) {
        ObjectNode data = MAPPER.createObjectNode().put("command", segments.get(3));
        JsonNode params = readTree(request.getBodyAsString());
        if (params.isObject()) {
          data.set("params", params);
        }
        publish("object-command-req", objectId, data);
        return json(200, MAPPER.createObjectNode().put("success", true));
      }
    }
    boolean byId = n >= 2 && isId(segments.get(n - 1));
    String storeName = String.join("/", byId ? segments.subList(0, n - 1) : segments);
    Map<String, ObjectNode> store = store(storeName);
    if (!byId) {
      if (method.equals("POST")) {
        return create(storeName, store, request);
      }
      if (method.equals("GET")) {
        return list(store, request);
      }
      return error(405, "Method Not Allowed", "error_method");
    }
    String id = segments.get(n - 1);
    ObjectNode entity = store.get(id);
    if (entity == null) {
      return error(404, "Not Found", "error_not_found");
    }
    switch (method) {
      case "GET":
        return json(200, entity);
      case "PATCH":
        JsonNode changes = readTree(request.getBodyAsString());
        for (String field : List.of("_id", "access", "owner", "group", "branch")) {
          if (changes.has(field)) {
            return error(400, "Field " + field + " cannot be changed", "error_readonly");
          }
        }
        entity.setAll((ObjectNode) changes);
        if (storeName.equals("objects")) {
          publish("object-update", id, changes);
        }
        return json(200, entity);
      case "DELETE":
        store.remove(id);
        if (storeName.equals("objects")) {
          publish("object-remove", id, MAPPER.createObjectNode().put("name", entity.path("name").asText()));
        }
        return json(200, entity);
      default:
        return error(405, "Method Not Allowed", "error_method");
    }
  }

  private ResponseDefinition create(String storeName, Map<String, ObjectNode> store, Request request) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!body.isObject()) {
      return error(400, "Body must be a JSON object", "error_bad_request");
    }
    if (storeName.equals("objects") && (!body.hasNonNull("model") || !body.hasNonNull("id") || !body.hasNonNull("name"))) {
      return error(400, "An object needs model, id and name", "error_validation");
    }
    ObjectNode entity = ((ObjectNode) body).deepCopy();
    String id = state.nextId();
    entity.put("_id", id).put("time", System.currentTimeMillis()).put("owner", OWNER).put("group", GROUP);
    entity.putArray("access").add(GROUP);
    entity.putArray("branch").add(GROUP);
    store.put(id, entity);
    if (storeName.equals("objects")) {
      publish("object-insert", id, entity);
    }
    return json(200, entity);
  }

  private ResponseDefinition list(Map<String, ObjectNode> store, Request request) {
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode entity : store.values()) {
      if (PlatformQueries.matches(entity, request)) {
        matching.add(entity);
      }
    }
    if ("true".equals(param(request, "meta"))) {
      ObjectNode meta = MAPPER.createObjectNode().put("total", matching.size());
      if (!matching.isEmpty()) {
        meta.set("first", matching.get(0));
        meta.set("last", matching.get(matching.size() - 1));
      }
      return json(200, meta);
    }
    int offset = param(request, "offset") == null ? 0 : Integer.parseInt(param(request, "offset"));
    int limit = param(request, "limit") == null ? 10000 : Math.min(10000, Integer.parseInt(param(request, "limit")));
    List<ObjectNode> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
    return json(200, array(page));
  }

  private ResponseDefinition sendPacket(String objectId, Request request) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!body.isObject()) {
      return error(400, "A packet is a JSON object", "error_bad_request");
    }
    long now = System.currentTimeMillis();
    ObjectNode packet = ((ObjectNode) body).deepCopy();
    packet.put("_id", state.nextId()).put("_ts", now * 1000).put("time", now);
    state.packets.computeIfAbsent(objectId, k -> new ArrayList<>()).add(packet);
    ObjectNode object = store("objects").get(objectId);
    object.withObject("state").setAll(packet);
    publish("object-packet", objectId, packet);
    return json(200, MAPPER.createObjectNode().put("success", true));
  }

  private void publish(String type, String objectId, JsonNode data) {
    long now = System.currentTimeMillis();
    ObjectNode event = MAPPER.createObjectNode().put("_msgid", "msg-" + state.ids.incrementAndGet()).put("_oid", objectId)
        .put("event", type).put("time", now);
    event.set("data", data);
    state.events.computeIfAbsent(objectId, k -> new ArrayList<>()).add(event);
    realtime.broadcast(type, event);
  }

  private Map<String, ObjectNode> store(String name) {
    return state.store(name);
  }

  private static boolean isId(String s) {
    return s.matches("[0-9a-fA-F]{24}");
  }
}
