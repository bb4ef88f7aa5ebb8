package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citypoint's drivers: the change of a driver ({@code PATCH}, only the attributes sent, the server-managed
 * dates ignored), a new address ({@code POST}, {@code Type} 0 legal, 1 actual, 2 delivery, answered 201),
 * and the drivers' parameters ({@code with_defaults=1}, the default, fills the ones a driver has not set).
 * A write moves the data's {@code Last-Modified}.
 */
final class CitypointDrivers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SERVER_MANAGED = Set.of("DateOfCreation", "UpdateDate");

  private final Clock clock;
  private final AtomicInteger addressIds = new AtomicInteger(900);

  CitypointDrivers(Clock clock) {
    this.clock = clock;
  }

  ResponseDefinition update(CitypointState state, String driverId, Request request) {
    JsonNode data = body(request).path("data");
    if (!data.isObject() || !"driver".equals(data.path("type").asText()) || !data.path("attributes").isObject()) {
      return error(400, "Bad Request", "The body must be a JSON:API document with data of type driver and its attributes.");
    }
    if (data.has("id") && !data.path("id").asText().equals(driverId)) {
      return error(400, "Bad Request", "data.id " + data.path("id").asText() + " does not match the driver in the path, " + driverId);
    }
    Optional<ObjectNode> found = find(state.drivers, driverId);
    if (found.isEmpty()) {
      return error(404, "Not Found", "No driver with id " + driverId);
    }
    // A changed copy replaces the driver, so a document being written never sees it half-changed.
    ObjectNode driver = found.get().deepCopy();
    ObjectNode attributes = (ObjectNode) driver.get("attributes");
    data.path("attributes").properties().forEach(e -> {
      if (!SERVER_MANAGED.contains(e.getKey())) {
        attributes.set(e.getKey(), e.getValue());
      }
    });
    attributes.put("UpdateDate", changed(state).toString());
    state.drivers.replaceAll(d -> d == found.get() ? driver : d);
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("links").put("self", request.getAbsoluteUrl().split("\\?")[0]);
    doc.set("data", driver.deepCopy());
    return CitypointDocuments.document(200, doc);
  }

  ResponseDefinition addAddress(CitypointState state, String driverId, Request request) {
    JsonNode data = body(request).path("data");
    JsonNode type = data.path("attributes").path("Type");
    if (!data.isObject() || !data.path("attributes").isObject()) {
      return error(400, "Bad Request", "The body must be a JSON:API document with the address in data.attributes.");
    }
    if (!type.isInt() || type.asInt() < 0 || type.asInt() > 2) {
      return error(400, "Bad Request", "attributes.Type must be 0 (legal), 1 (actual) or 2 (delivery address)");
    }
    if (find(state.drivers, driverId).isEmpty()) {
      return error(404, "Not Found", "No driver with id " + driverId);
    }
    ObjectNode address = JSON.createObjectNode().put("id", String.valueOf(addressIds.incrementAndGet())).put("type", "driverAddress");
    address.set("attributes", data.path("attributes").deepCopy());
    address.putObject("relationships").putObject("Driver").putObject("data").put("id", driverId).put("type", "driver");
    state.driverAddresses.add(address);
    changed(state);
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("links").put("self", request.getAbsoluteUrl().split("\\?")[0] + "/" + address.path("id").asText());
    doc.set("data", address);
    return CitypointDocuments.document(201, doc);
  }

  /** {@return the parameter resources of every driver, with or without the defaults filled in} */
  static List<ObjectNode> params(CitypointState state, Map<String, String> query) {
    boolean withDefaults = !"0".equals(query.getOrDefault("with_defaults", "1"));
    return state.drivers.stream().map(driver -> params(state, driver, withDefaults)).toList();
  }

  private static ObjectNode params(CitypointState state, ObjectNode driver, boolean withDefaults) {
    String id = driver.path("id").asText();
    ObjectNode resource = JSON.createObjectNode().put("id", id).put("type", "driverParams");
    ObjectNode attributes = resource.putObject("attributes");
    JsonNode fio = driver.path("attributes").path("FIO");
    attributes.put("Driver", (fio.path("LastName").asText() + " " + fio.path("FirstName").asText()).trim());
    if (withDefaults) {
      attributes.setAll(CitypointSeed.PARAM_DEFAULTS.deepCopy());
    }
    ObjectNode set = state.driverParams.get(id);
    if (set != null) {
      attributes.setAll(set.deepCopy());
    }
    resource.putObject("relationships").putObject("Driver").putObject("data").put("id", id).put("type", "driver");
    return resource;
  }

  static Optional<ObjectNode> find(List<ObjectNode> resources, String id) {
    return resources.stream().filter(r -> r.path("id").asText().equals(id)).findFirst();
  }

  private Instant changed(CitypointState state) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (now.isAfter(state.changedAt)) {
      state.changedAt = now;
    }
    return now;
  }

  private static JsonNode body(Request request) {
    try {
      String text = request.getBodyAsString();
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (Exception notJson) {
      return JSON.createObjectNode();
    }
  }
}
