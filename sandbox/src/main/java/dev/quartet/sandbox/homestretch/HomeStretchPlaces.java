package dev.quartet.sandbox.homestretch;

import static dev.quartet.sandbox.homestretch.HomeStretchAnswers.JSON;
import static dev.quartet.sandbox.homestretch.HomeStretchAnswers.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * HomeStretch's places: the list with its documented query ({@code sort=title}, {@code sortDir},
 * {@code skip} from 0, {@code limit} 1 to 150, default 25) and {@code {result, total}} answer; create
 * (title and location required, an id of 1 to 48 characters or a UUID v4 made here); get; partial update.
 * A value outside the documented rules is a 400 naming the parameter or field.
 */
final class HomeStretchPlaces {
  static final int MAX_LIMIT = 150;
  private static final int DEFAULT_LIMIT = 25;
  private static final Set<String> WRITABLE = Set.of("title", "contractorId", "comment", "tags", "location");

  private final Clock clock;

  HomeStretchPlaces(Clock clock) {
    this.clock = clock;
  }

  ResponseDefinition list(HomeStretchState state, Request request) {
    String sort = param(request, "sort");
    if (sort != null && !sort.equals("title")) {
      return error(400, "sort must be title, was " + sort);
    }
    String direction = param(request, "sortDir");
    if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
      return error(400, "sortDir must be asc or desc, was " + direction);
    }
    Integer skip = integer(request, "skip", 0);
    if (skip == null || skip < 0) {
      return error(400, "skip must be an integer of 0 or more, was " + param(request, "skip"));
    }
    Integer limit = integer(request, "limit", DEFAULT_LIMIT);
    if (limit == null || limit < 1 || limit > MAX_LIMIT) {
      return error(400, "limit must be an integer between 1 and " + MAX_LIMIT + ", was " + param(request, "limit"));
    }
    Comparator<ObjectNode> order = sort == null
        ? Comparator.comparing((ObjectNode p) -> p.path("createdAt").asText()).thenComparing(p -> p.path("id").asText())
        : Comparator.comparing((ObjectNode p) -> p.path("title").asText()).thenComparing(p -> p.path("id").asText());
    List<ObjectNode> all = new ArrayList<>(state.places.values());
    all.sort("desc".equals(direction) ? order.reversed() : order);
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode result = answer.putArray("result");
    all.stream().skip(skip).limit(limit).forEach(result::add);
    answer.put("total", all.size());
    return HomeStretchAnswers.ok(answer);
  }

  ResponseDefinition create(HomeStretchState state, Request request) {
    ObjectNode body = HomeStretchAnswers.object(request.getBodyAsString());
    if (body == null) {
      return error(400, "the body must be a JSON object");
    }
    String invalid = invalid(body, true);
    if (invalid != null) {
      return error(400, invalid);
    }
    JsonNode id = body.get("id");
    if (id != null && !(id.isTextual() && id.asText().length() >= 1 && id.asText().length() <= 48)) {
      return error(400, "id must be a string of 1 to 48 characters");
    }
    String placeId = id == null ? UUID.randomUUID().toString() : id.asText();
    ObjectNode place = JSON.createObjectNode().put("id", placeId);
    copyWritable(body, place);
    String now = HomeStretchAnswers.now(clock);
    place.put("createdAt", now).put("updatedAt", now);
    if (state.places.putIfAbsent(placeId, place) != null) {
      return error(409, "a place with id " + placeId + " already exists");
    }
    return HomeStretchAnswers.ok(place);
  }

  ResponseDefinition get(HomeStretchState state, String id) {
    ObjectNode place = state.places.get(id);
    return place == null ? notFound(id) : HomeStretchAnswers.ok(place);
  }

  ResponseDefinition update(HomeStretchState state, String id, Request request) {
    ObjectNode body = HomeStretchAnswers.object(request.getBodyAsString());
    if (body == null) {
      return error(400, "the body must be a JSON object");
    }
    String invalid = invalid(body, false);
    if (invalid != null) {
      return error(400, invalid);
    }
    // A changed copy replaces the place, so a listing being written never sees it half-changed.
    ObjectNode updated = state.places.computeIfPresent(id, (key, place) -> {
      ObjectNode copy = place.deepCopy();
      copyWritable(body, copy);
      return copy.put("updatedAt", HomeStretchAnswers.now(clock));
    });
    return updated == null ? notFound(id) : HomeStretchAnswers.ok(updated);
  }

  private static ResponseDefinition notFound(String id) {
    return error(404, "Place " + id + " not found");
  }

  private static void copyWritable(ObjectNode from, ObjectNode to) {
    from.properties().forEach(e -> {
      if (WRITABLE.contains(e.getKey())) {
        to.set(e.getKey(), e.getValue());
      }
    });
  }

  /** {@return what breaks the documented rules of a create ({@code required}) or update body, or null} */
  private static String invalid(ObjectNode body, boolean required) {
    JsonNode title = body.get("title");
    if (title == null ? required : !(title.isTextual() && !title.asText().isBlank())) {
      return "title is required and must be a non-empty string";
    }
    JsonNode location = body.get("location");
    if (location == null ? required : !location.isObject()) {
      return "location is required and must be an object";
    }
    if (location != null && location.has("coordinates")) {
      JsonNode c = location.get("coordinates");
      if (!c.isObject() || !c.path("lat").isNumber() || !c.path("lng").isNumber()) {
        return "location.coordinates must have numeric lat and lng";
      }
    }
    JsonNode tags = body.get("tags");
    if (tags != null && !(tags.isArray() && allText(tags))) {
      return "tags must be an array of strings";
    }
    for (String text : new String[] {"contractorId", "comment"}) {
      if (body.has(text) && !body.get(text).isTextual()) {
        return text + " must be a string";
      }
    }
    return null;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static String param(Request request, String name) {
    QueryParameter p = request.queryParameter(name);
    return p.isPresent() ? p.firstValue() : null;
  }

  /** {@return the integer parameter, {@code fallback} when absent, null when not an integer} */
  private static Integer integer(Request request, String name, int fallback) {
    String value = param(request, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
