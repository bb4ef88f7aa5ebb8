package dev.quartet.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The Rightech IoT Cloud platform API under {@code /platform}: token and cookie logins, every store
 * kept in memory (create, list with offset/limit/where/meta, get, PATCH, delete), object packets,
 * commands, events and models, and the organisation's event history ({@code /events},
 * {@code /events/org}). WireMock cannot serve WebSockets, so the real-time channels
 * ({@code /socket.io/} and {@code /events/stream}) run on a small OkHttp MockWebServer next to it
 * ({@link #realtimeUrl()}); it pushes an event for every object created, changed, deleted or sent
 * telemetry or a command.
 */
public final class PlatformSandbox implements ResponseDefinitionTransformerV2 {
  /** Where the platform emulation is mounted on the sandbox. */
  public static final String PREFIX = "/platform";
  /** The demo account's login. */
  public static final String LOGIN = "sandbox-user";
  /** The demo account's password (a demo value, not a credential). */
  public static final String PASSWORD = "sandbox-password";
  /** A model the sandbox starts with, so objects can be created at once. */
  public static final String MODEL_ID = "5f0c0ffee0000000000000a1";
  private static final String OWNER = "5f0c0ffee0000000000000b1";
  private static final String GROUP = "5f0c0ffee0000000000000b2";
  private static final String NAME = "platform-sandbox";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Realtime REALTIME = new Realtime();

  private final Map<String, Map<String, ObjectNode>> stores = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> packets = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> events = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong(0x100);

  /** An emulation with its demo data. */
  public PlatformSandbox() {
    ObjectNode model = MAPPER.createObjectNode().put("_id", MODEL_ID).put("name", "Thermometer")
        .put("time", 1_700_000_000_000L).put("owner", OWNER).put("group", GROUP);
    model.putArray("access").add(GROUP);
    model.putArray("branch").add(GROUP);
    store("models").put(MODEL_ID, model);
  }

  /** {@return the extensions to register with WireMock} */
  public static Extension[] extensions() {
    return new Extension[] {new PlatformSandbox()};
  }

  /**
   * Routes {@code /platform/**} to the extension and starts the real-time server.
   *
   * @param server the server
   */
  public static void install(WireMockServer server) {
    SandboxHttp.route(server, PREFIX + "/.*", NAME);
    REALTIME.start();
  }

  /** {@return base URL of the real-time channels (pass it to {@code PlatformClient.Builder.realtimeUrl})} */
  public static String realtimeUrl() {
    return REALTIME.url();
  }

  /** Stops the real-time server (WireMock is stopped by its owner). */
  public static void stopRealtime() {
    REALTIME.stop();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "").substring(PREFIX.length());
    String method = request.getMethod().getName();
    if (!path.startsWith("/api/v1/")) {
      return error(404, "Not Found", "error_not_found");
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
        return json(200, array(history(request)));
      }
      if (segments.get(1).equals("org")) {
        return json(200, orgEventTypes());
      }
    }
    if (segments.get(0).equals("objects") && n >= 3 && isId(segments.get(1))) {
      String objectId = segments.get(1);
      if (!store("objects").containsKey(objectId)) {
        return error(404, "Not Found", "error_not_found");
      }
      if (n == 3 && segments.get(2).equals("packets")) {
        return method.equals("POST") ? sendPacket(objectId, request) : json(200, array(packets.getOrDefault(objectId, List.of())));
      }
      if (n == 3 && segments.get(2).equals("events")) {
        return json(200, array(events.getOrDefault(objectId, List.of())));
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
    String id = String.format("5f0c0ffee0%014x", ids.incrementAndGet());
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
      if (matches(entity, request)) {
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

  /** {@code where.<path>=a,b}: the field must equal one of the alternatives (JSON literals honoured). */
  private static boolean matches(ObjectNode entity, Request request) {
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get("http://sandbox" + request.getUrl());
    for (String key : url.queryParameterNames()) {
      if (!key.startsWith("where.")) {
        continue;
      }
      JsonNode value = entity.at("/" + key.substring("where.".length()).replace('.', '/'));
      boolean any = false;
      for (String alternative : url.queryParameter(key).split(",")) {
        any |= equal(value, alternative);
      }
      if (!any) {
        return false;
      }
    }
    String search = param(request, "search");
    return search == null || entity.path("name").asText().toLowerCase().contains(search.toLowerCase());
  }

  private static boolean equal(JsonNode value, String alternative) {
    if (alternative.equals("null")) {
      return value.isMissingNode() || value.isNull();
    }
    JsonNode wanted;
    try {
      wanted = MAPPER.readTree(alternative);
    } catch (IOException notJson) {
      wanted = MAPPER.getNodeFactory().textNode(alternative);
    }
    if (wanted == null) {
      wanted = MAPPER.getNodeFactory().textNode(alternative);
    }
    if (wanted.isNumber() && value.isNumber()) {
      return wanted.decimalValue().compareTo(value.decimalValue()) == 0;
    }
    return wanted.equals(value);
  }

  private ResponseDefinition sendPacket(String objectId, Request request) {
    JsonNode body = readTree(request.getBodyAsString());
    if (!body.isObject()) {
      return error(400, "A packet is a JSON object", "error_bad_request");
    }
    long now = System.currentTimeMillis();
    ObjectNode packet = ((ObjectNode) body).deepCopy();
    packet.put("_id", String.format("5f0c0ffee0%014x", ids.incrementAndGet())).put("_ts", now * 1000).put("time", now);
    packets.computeIfAbsent(objectId, k -> new ArrayList<>()).add(packet);
    ObjectNode object = store("objects").get(objectId);
    object.withObject("state").setAll(packet);
    publish("object-packet", objectId, packet);
    return json(200, MAPPER.createObjectNode().put("success", true));
  }

  /** Every stored event within {@code from}/{@code to}, kept by {@code events=} and dropped by {@code events!=}. */
  private List<ObjectNode> history(Request request) {
    String from = param(request, "from");
    String to = param(request, "to");
    String kept = param(request, "events");
    String dropped = param(request, "events!");
    List<ObjectNode> found = new ArrayList<>();
    for (List<ObjectNode> ofObject : events.values()) {
      for (ObjectNode event : ofObject) {
        long time = event.path("time").asLong();
        String type = event.path("event").asText();
        if ((from == null || time >= Long.parseLong(from)) && (to == null || time <= Long.parseLong(to))
            && (kept == null || Arrays.asList(kept.split(",")).contains(type))
            && (dropped == null || !Arrays.asList(dropped.split(",")).contains(type))) {
          found.add(event);
        }
      }
    }
    found.sort((a, b) -> Long.compare(a.path("time").asLong(), b.path("time").asLong()));
    return found;
  }

  /** The event types seen so far: all of them, and per model of the object they concern. */
  private ObjectNode orgEventTypes() {
    java.util.Set<String> unique = new java.util.TreeSet<>();
    Map<String, java.util.Set<String>> byModel = new LinkedHashMap<>();
    events.forEach((objectId, ofObject) -> {
      ObjectNode object = store("objects").get(objectId);
      for (ObjectNode event : ofObject) {
        unique.add(event.path("event").asText());
        if (object != null) {
          byModel.computeIfAbsent(object.path("model").asText(), k -> new java.util.TreeSet<>()).add(event.path("event").asText());
        }
      }
    });
    ObjectNode answer = MAPPER.createObjectNode();
    unique.forEach(answer.putArray("unique")::add);
    ObjectNode models = answer.putObject("byModel");
    byModel.forEach((model, types) -> types.forEach(models.putArray(model)::add));
    answer.putArray("noModel");
    return answer.put("success", true);
  }

  private void publish(String type, String objectId, JsonNode data) {
    long now = System.currentTimeMillis();
    ObjectNode event = MAPPER.createObjectNode().put("_msgid", "msg-" + ids.incrementAndGet()).put("_oid", objectId)
        .put("event", type).put("time", now);
    event.set("data", data);
    events.computeIfAbsent(objectId, k -> new ArrayList<>()).add(event);
    REALTIME.broadcast(type, event);
  }

  private Map<String, ObjectNode> store(String name) {
    return stores.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  private static boolean isId(String s) {
    return s.matches("[0-9a-fA-F]{24}");
  }

  private static String param(Request request, String name) {
    QueryParameter p = request.queryParameter(name);
    return p == null || !p.isPresent() ? null : p.firstValue();
  }

  private static JsonNode readTree(String text) {
    try {
      return text == null || text.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("Body is not JSON");
    }
  }

  private static ArrayNode array(List<ObjectNode> items) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(array::add);
    return array;
  }

  private static ResponseDefinition json(int status, JsonNode body) {
    return SandboxHttp.json(status, body);
  }

  private static ResponseDefinition error(int status, String message, String... tags) {
    ObjectNode body = MAPPER.createObjectNode().put("success", false).put("name", "RicError")
        .put("code", String.valueOf(status)).put("message", message);
    ArrayNode tagArray = body.putArray("tags");
    Arrays.stream(tags).forEach(tagArray::add);
    body.putArray("codes");
    return json(status, body);
  }

  /** The WebSocket side: socket.io (EIO=3) and {@code /events/stream}, on an OkHttp MockWebServer. */
  private static final class Realtime {
    private final List<WebSocket> socketIo = new CopyOnWriteArrayList<>();
    private final List<WebSocket> streams = new CopyOnWriteArrayList<>();
    private MockWebServer server;

    synchronized void start() {
      if (server != null) {
        return;
      }
      server = new MockWebServer();
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String path = request.getUrl().encodedPath();
          if (path.endsWith("/socket.io/")) {
            return new MockResponse.Builder().webSocketUpgrade(new SocketIoPeer()).build();
          }
          if (path.endsWith("/events/stream")) {
            return new MockResponse.Builder().webSocketUpgrade(new StreamPeer()).build();
          }
          return new MockResponse.Builder().code(404).build();
        }
      });
      try {
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized String url() {
      start();
      return server.url("/").toString();
    }

    synchronized void stop() {
      if (server != null) {
        socketIo.forEach(ws -> ws.close(1001, "sandbox stopping"));
        streams.forEach(ws -> ws.close(1001, "sandbox stopping"));
        server.close();
        server = null;
      }
    }

    void broadcast(String type, ObjectNode event) {
      ArrayNode frame = MAPPER.createArrayNode().add(type).add(event);
      socketIo.forEach(ws -> ws.send("42" + frame));
      streams.forEach(ws -> ws.send(event.toString()));
    }

    private final class SocketIoPeer extends WebSocketListener {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        ws.send("0{\"sid\":\"sandbox-" + System.nanoTime() + "\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}");
        ws.send("40");
        socketIo.add(ws);
      }

      @Override
      public void onMessage(WebSocket ws, String text) {
        if (text.equals("2")) {
          ws.send("3");
        }
      }

      @Override
      public void onClosing(WebSocket ws, int code, String reason) {
        socketIo.remove(ws);
        ws.close(1000, null);
      }

      @Override
      public void onFailure(WebSocket ws, Throwable t, Response response) {
        socketIo.remove(ws);
      }
    }

    private final class StreamPeer extends WebSocketListener {
      @Override
      public void onOpen(WebSocket ws, Response response) {
        streams.add(ws);
      }

      @Override
      public void onClosing(WebSocket ws, int code, String reason) {
        streams.remove(ws);
        ws.close(1000, null);
      }

      @Override
      public void onFailure(WebSocket ws, Throwable t, Response response) {
        streams.remove(ws);
      }
    }
  }
}
