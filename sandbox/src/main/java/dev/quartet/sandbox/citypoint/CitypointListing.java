package dev.quartet.sandbox.citypoint;

import static dev.quartet.sandbox.citypoint.CitypointDocuments.JSON_API;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.badParameter;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.intParam;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.link;
import static dev.quartet.sandbox.citypoint.CitypointDocuments.parseHttpDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Citypoint's JSON:API documents: a collection after {@code filter[type]}, {@code sort} and
 * {@code page[offset]}/{@code page[limit]}, with absolute {@code links} (self, first, last, prev, next),
 * {@code meta.total_count} and {@code Last-Modified}, or a 304 when {@code If-Modified-Since} is not
 * older than the data; a single resource; both with sparse {@code fields[type]} (dotted names reach into
 * arrays of objects, e.g. {@code Sensors.value}) and, where allowed, {@code include}d resources.
 */
final class CitypointListing {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private CitypointListing() {}

  static ResponseDefinition collection(CitypointState state, Request request, Map<String, String> query, String type,
      List<ObjectNode> source, int defaultLimit, CitypointRules rules) {
    ResponseDefinition refused = rules.refusal(query, type);
    if (refused != null) {
      return refused;
    }
    Instant changed = state.changedAt.truncatedTo(ChronoUnit.SECONDS);
    String since = request.getHeader("If-Modified-Since");
    if (since != null && !changed.isAfter(parseHttpDate(since))) {
      return new ResponseDefinitionBuilder().withStatus(304).withHeader("Last-Modified", HTTP_DATE.format(changed)).build();
    }
    List<ObjectNode> items = new ArrayList<>(source);
    String filter = query.get("filter[" + type + "]");
    if (filter != null && !filter.isBlank()) {
      try {
        items.removeIf(new CitypointFilter.FilterExpression(filter).negate());
      } catch (IllegalArgumentException bad) {
        return badParameter("filter[" + type + "]", "Cannot parse the filter: " + bad.getMessage());
      }
    }
    String sort = query.get("sort");
    if (sort != null && !sort.isBlank()) {
      items.sort(CitypointFilter.comparator(sort));
    }
    int offset = intParam(query, "page[offset]", 0);
    int limit = intParam(query, "page[limit]", defaultLimit);
    int total = items.size();
    List<ObjectNode> page = items.stream().skip(offset).limit(limit).toList();
    ObjectNode doc = JSON.createObjectNode();
    String self = request.getAbsoluteUrl().split("\\?")[0];
    ObjectNode links = doc.putObject("links").put("self", link(self, query, offset));
    if (total > limit) {
      links.put("first", link(self, query, 0));
      links.put("last", link(self, query, ((total - 1) / limit) * limit));
    }
    if (offset > 0) {
      links.put("prev", link(self, query, Math.max(0, offset - limit)));
    }
    if (offset + limit < total) {
      links.put("next", link(self, query, offset + limit));
    }
    doc.putObject("meta").put("total_count", total);
    ResponseDefinition bad = fill(doc, state, query, type, page, source);
    if (bad != null) {
      return bad;
    }
    return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", JSON_API).withHeader("Allow", "GET")
        .withHeader("Last-Modified", HTTP_DATE.format(changed)).withBody(doc.toString()).build();
  }

  static ResponseDefinition single(CitypointState state, Request request, Map<String, String> query, String type,
      ObjectNode resource, CitypointRules rules) {
    ResponseDefinition refused = rules.refusal(query, type);
    if (refused != null) {
      return refused;
    }
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("links").put("self", request.getAbsoluteUrl().split("\\?")[0]);
    ResponseDefinition bad = fill(doc, state, query, type, List.of(resource), List.of(resource));
    if (bad != null) {
      return bad;
    }
    doc.set("data", ((ArrayNode) doc.get("data")).get(0));
    return CitypointDocuments.document(200, doc);
  }

  /** Puts {@code data} (sparse) and {@code included} in {@code doc}; {@return a 400 for an unknown include path, or null} */
  private static ResponseDefinition fill(ObjectNode doc, CitypointState state, Map<String, String> query, String type,
      List<ObjectNode> page, List<ObjectNode> all) {
    ArrayNode data = doc.putArray("data");
    page.forEach(resource -> data.add(sparse(resource, query.get("fields[" + type + "]"))));
    String include = query.get("include");
    if (include == null || include.isBlank()) {
      return null;
    }
    Map<String, ObjectNode> included = new LinkedHashMap<>();
    for (String path : include.split(",")) {
      if (all.stream().noneMatch(r -> r.path("relationships").has(path))) {
        return badParameter("include", "No relationship " + path + " on " + type + " resources.");
      }
      for (ObjectNode resource : page) {
        JsonNode linked = resource.path("relationships").path(path).path("data");
        for (JsonNode identifier : linked.isArray() ? linked : List.of(linked)) {
          String key = identifier.path("type").asText() + "/" + identifier.path("id").asText();
          state.ofType(identifier.path("type").asText()).stream()
              .filter(r -> r.path("id").asText().equals(identifier.path("id").asText())).findFirst()
              .ifPresent(r -> included.putIfAbsent(key, sparse(r, query.get("fields[" + r.path("type").asText() + "]"))));
        }
      }
    }
    doc.putArray("included").addAll(included.values());
    return null;
  }

  /** {@return a copy of {@code resource} with only the attributes {@code fields} names (all when null)} */
  private static ObjectNode sparse(ObjectNode resource, String fields) {
    ObjectNode copy = resource.deepCopy();
    if (fields == null || fields.isBlank() || !copy.path("attributes").isObject()) {
      return copy;
    }
    Map<String, List<String>> wanted = new LinkedHashMap<>();
    for (String field : fields.split(",")) {
      int dot = field.indexOf('.');
      List<String> inner = wanted.computeIfAbsent(dot < 0 ? field : field.substring(0, dot), k -> new ArrayList<>());
      if (dot > 0) {
        inner.add(field.substring(dot + 1));
      }
    }
    ObjectNode attributes = (ObjectNode) copy.get("attributes");
    attributes.retain(wanted.keySet());
    wanted.forEach((name, inner) -> {
      JsonNode value = attributes.get(name);
      if (!inner.isEmpty() && value != null && value.isArray()) {
        value.forEach(item -> {
          if (item instanceof ObjectNode object) {
            object.retain(inner);
          }
        });
      }
    });
    return copy;
  }
}
