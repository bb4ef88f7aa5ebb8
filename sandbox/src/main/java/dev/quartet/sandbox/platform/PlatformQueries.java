package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The platform's queries over its state: {@code where.}/{@code search} filters, event history and event types. */
final class PlatformQueries {
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = PlatformRoutes.MAPPER;

  private PlatformQueries() {}

  /** {@code where.<path>=a,b}: the field must equal one of the alternatives (JSON literals honoured). */
  static boolean matches(ObjectNode entity, Request request) {
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
    String search = PlatformAnswers.param(request, "search");
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

  /**
   * Every stored event within {@code from}/{@code to}, kept by {@code events=} and dropped by
   * {@code events!=}, oldest first, paged like any list.
   */
  static List<ObjectNode> history(PlatformState state, Request request) {
    String kept = PlatformAnswers.param(request, "events");
    String dropped = PlatformAnswers.param(request, "events!");
    List<ObjectNode> found = new ArrayList<>();
    for (List<ObjectNode> ofObject : state.events.values()) {
      for (ObjectNode event : ofObject) {
        String type = event.path("event").asText();
        if (PlatformLists.withinTime(event, request)
            && (kept == null || Arrays.asList(kept.split(",")).contains(type))
            && (dropped == null || !Arrays.asList(dropped.split(",")).contains(type))) {
          found.add(event);
        }
      }
    }
    found.sort((a, b) -> Long.compare(a.path("time").asLong(), b.path("time").asLong()));
    return PlatformLists.page(found, request);
  }

  /** The event types seen so far: all of them, and per model of the object they concern. */
  static ObjectNode orgEventTypes(PlatformState state) {
    java.util.Set<String> unique = new java.util.TreeSet<>();
    Map<String, java.util.Set<String>> byModel = new LinkedHashMap<>();
    state.events.forEach((objectId, ofObject) -> {
      ObjectNode object = state.store("objects").get(objectId);
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
}
