package dev.quartet.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HomeStretch under {@code /homestretch}: token, company structure and places kept in memory, so
 * what the example creates can be read back and listed. Starts with 42 places so paging shows
 * several pages.
 */
public final class HomeStretchSandbox implements ResponseDefinitionTransformerV2 {
  /** Where the HomeStretch emulation is mounted on the sandbox. */
  public static final String PREFIX = "/homestretch";
  static final String CLIENT_ID = "sandbox-client";
  static final String CLIENT_SECRET = "sandbox-secret";
  private static final String TOKEN = "sandbox-homestretch-token";
  private static final String[] STREETS = {"Znamenka", "Arbat", "Tverskaya", "Petrovka", "Myasnitskaya", "Pokrovka"};

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, ObjectNode> places = new ConcurrentHashMap<>();
  private volatile ObjectNode company;

  /** An emulation with its demo data. */
  public HomeStretchSandbox() {
    for (int i = 1; i <= 42; i++) {
      ObjectNode place = mapper.createObjectNode();
      place.put("id", String.format("place-%03d", i));
      place.put("title", String.format("Warehouse %02d", i));
      place.putArray("tags").add("warehouse");
      ObjectNode location = place.putObject("location");
      location.putObject("coordinates").put("lat", 55.70 + i / 1000.0).put("lng", 37.55 + i / 1000.0);
      location.putArray("addresses").addObject().put("locale", "en")
          .put("address", "Moscow, " + STREETS[i % STREETS.length] + " st., " + i);
      location.put("arrivalDuration", 900).put("departureDuration", 300);
      String at = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(3600L * i).toString();
      place.put("createdAt", at).put("updatedAt", at);
      places.put(place.get("id").asText(), place);
    }
    company = (ObjectNode) read("{\"name\":\"Sandbox Logistics\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-1\"],"
        + "\"branches\":[{\"id\":\"b-north\",\"name\":\"North\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-2\"],"
        + "\"branches\":[{\"id\":\"b-north-1\",\"name\":\"North depot\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-3\"]}]},"
        + "{\"id\":\"b-south\",\"name\":\"South\",\"ownerId\":\"owner-1\",\"accountIds\":[]}]}");
  }

  /**
   * Routes every request under the prefix to this extension.
   *
   * @param server the server
   */
  public static void install(WireMockServer server) {
    SandboxHttp.route(server, PREFIX + "/.*", "homestretch-sandbox");
  }

  @Override
  public String getName() {
    return "homestretch-sandbox";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "").substring(PREFIX.length());
    String method = request.getMethod().getName();
    if (path.equals("/auth") && method.equals("POST")) {
      return SandboxHttp.json(200, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"token\":\"" + TOKEN + "\"}");
    }
    if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
      return SandboxHttp.json(401, "{\"message\":\"Unauthorized\"}");
    }
    if (path.equals("/company")) {
      if (method.equals("PUT")) {
        ObjectNode change = (ObjectNode) read(request.getBodyAsString());
        company.setAll(change);
      }
      return SandboxHttp.json(200, company.toString());
    }
    if (path.equals("/places")) {
      return method.equals("POST") ? create(request) : list(request);
    }
    if (path.startsWith("/places/")) {
      String id = java.net.URLDecoder.decode(path.substring("/places/".length()), java.nio.charset.StandardCharsets.UTF_8);
      ObjectNode place = places.get(id);
      if (place == null) {
        return SandboxHttp.json(404, "{\"message\":\"Place not found\"}");
      }
      if (method.equals("PATCH")) {
        place.setAll((ObjectNode) read(request.getBodyAsString()));
        place.put("updatedAt", Instant.now().toString());
      }
      return SandboxHttp.json(200, place.toString());
    }
    return SandboxHttp.json(404, "{\"message\":\"No such endpoint\"}");
  }

  private ResponseDefinition create(Request request) {
    ObjectNode place = (ObjectNode) read(request.getBodyAsString());
    if (!place.hasNonNull("id")) {
      place.put("id", UUID.randomUUID().toString());
    }
    String now = Instant.now().toString();
    place.put("createdAt", now).put("updatedAt", now);
    places.put(place.get("id").asText(), place);
    return SandboxHttp.json(200, place.toString());
  }

  private ResponseDefinition list(Request request) {
    int skip = intParam(request, "skip", 0);
    int limit = intParam(request, "limit", 25);
    if (limit < 1 || limit > 150) {
      return SandboxHttp.json(400, "{\"message\":\"limit must be between 1 and 150\"}");
    }
    List<ObjectNode> all = new ArrayList<>(places.values());
    Comparator<ObjectNode> order = Comparator.comparing(p -> p.get("title").asText());
    if ("desc".equals(param(request, "sortDir"))) {
      order = order.reversed();
    }
    all.sort(order);
    ObjectNode answer = mapper.createObjectNode();
    ArrayNode result = answer.putArray("result");
    all.stream().skip(skip).limit(limit).forEach(result::add);
    answer.put("total", all.size());
    return SandboxHttp.json(200, answer.toString());
  }

  private static String param(Request request, String name) {
    var p = request.queryParameter(name);
    return p.isPresent() ? p.firstValue() : null;
  }

  private static int intParam(Request request, String name, int fallback) {
    String v = param(request, name);
    return v == null ? fallback : Integer.parseInt(v);
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("sandbox received invalid JSON", e);
    }
  }

}
