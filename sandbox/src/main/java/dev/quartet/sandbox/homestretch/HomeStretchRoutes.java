package dev.quartet.sandbox.homestretch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.sandbox.Emulator;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxHttp;
import dev.quartet.sandbox.SandboxSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * HomeStretch under {@code /homestretch}: token, company structure and places kept in memory
 * ({@link HomeStretchState}, seeded by {@link HomeStretchSeed}), so what a client creates can be read
 * back and listed.
 */
public final class HomeStretchRoutes implements Emulator {
  private static final String PREFIX = HomeStretchSandbox.PREFIX;
  private static final String TOKEN = "sandbox-homestretch-token";

  private final ObjectMapper mapper = new ObjectMapper();
  private volatile HomeStretchState state = HomeStretchSeed.state(mapper);

  private final SandboxSettings settings;

  /**
   * An emulation with its demo data.
   *
   * @param settings the clock
   */
  public HomeStretchRoutes(SandboxSettings settings) {
    this.settings = settings;
  }

  @Override
  public SandboxApi api() {
    return SandboxApi.HOMESTRETCH;
  }

  @Override
  public ResponseDefinition errorAnswer(int status, String message) {
    return SandboxHttp.json(status, mapper.createObjectNode().put("message", message));
  }

  @Override
  public void reset() {
    state = HomeStretchSeed.state(mapper);
  }


  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    HomeStretchState state = this.state;
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
        state.company.setAll(change);
      }
      return SandboxHttp.json(200, state.company.toString());
    }
    if (path.equals("/places")) {
      return method.equals("POST") ? create(state, request) : list(state, request);
    }
    if (path.startsWith("/places/")) {
      String id = java.net.URLDecoder.decode(path.substring("/places/".length()), java.nio.charset.StandardCharsets.UTF_8);
      ObjectNode place = state.places.get(id);
      if (place == null) {
        return SandboxHttp.json(404, "{\"message\":\"Place not found\"}");
      }
      if (method.equals("PATCH")) {
        place.setAll((ObjectNode) read(request.getBodyAsString()));
        place.put("updatedAt", Instant.now().toString());
      }
      return SandboxHttp.json(200, place.toString());
    }
    return SandboxHttp.notEmulated(SandboxHttp.json(404, "{\"message\":\"No such endpoint\"}"));
  }

  private ResponseDefinition create(HomeStretchState state, Request request) {
    ObjectNode place = (ObjectNode) read(request.getBodyAsString());
    if (!place.hasNonNull("id")) {
      place.put("id", UUID.randomUUID().toString());
    }
    String now = Instant.now().toString();
    place.put("createdAt", now).put("updatedAt", now);
    state.places.put(place.get("id").asText(), place);
    return SandboxHttp.json(200, place.toString());
  }

  private ResponseDefinition list(HomeStretchState state, Request request) {
    int skip = intParam(request, "skip", 0);
    int limit = intParam(request, "limit", 25);
    if (limit < 1 || limit > 150) {
      return SandboxHttp.json(400, "{\"message\":\"limit must be between 1 and 150\"}");
    }
    List<ObjectNode> all = new ArrayList<>(state.places.values());
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
