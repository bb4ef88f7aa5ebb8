package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Builds a schema-valid value from a schema of the spec, for operations the sandbox answers from the spec
 * alone: every property, each with the schema's example when it has the declared type, otherwise a value
 * of that type (an enum's first value, a date or time from the clock, an id-shaped string); arrays hold
 * one item. A schema already being built further up is left out, so recursive shapes end.
 */
final class OnePageCrmSamples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 12;

  private final OnePageCrmSpec spec;
  private final Clock clock;
  private final Deque<String> building = new ArrayDeque<>();

  OnePageCrmSamples(OnePageCrmSpec spec, Clock clock) {
    this.spec = spec;
    this.clock = clock;
  }

  /** {@return a value {@code schema} accepts} */
  JsonNode sample(JsonNode schema) {
    building.clear();
    return value(schema, 0);
  }

  private JsonNode value(JsonNode schema, int depth) {
    if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
      return NODES.nullNode();
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (building.contains(ref)) {
        return null;
      }
      building.push(ref);
      try {
        return value(spec.resolve(ref), depth + 1);
      } finally {
        building.pop();
      }
    }
    if (schema.has("allOf")) {
      ObjectNode merged = JSON.createObjectNode();
      for (JsonNode part : schema.get("allOf")) {
        if (value(part, depth + 1) instanceof ObjectNode o) {
          merged.setAll(o);
        }
      }
      return merged;
    }
    for (String choice : new String[] {"oneOf", "anyOf"}) {
      if (schema.has(choice) && !schema.get(choice).isEmpty()) {
        return value(schema.get(choice).get(0), depth + 1);
      }
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : schema.has("items") ? "array" : "");
    JsonNode example = schema.get("example");
    return switch (type) {
      case "object" -> object(schema, example, depth);
      case "array" -> array(schema, example, depth);
      case "string" -> string(schema, example);
      case "integer" -> example != null && example.isIntegralNumber() && inRange(schema, example)
          ? example : NODES.numberNode(minimum(schema, 1));
      case "number" -> example != null && example.isNumber() && inRange(schema, example)
          ? example : NODES.numberNode(minimum(schema, 1));
      case "boolean" -> example != null && example.isBoolean() ? example : NODES.booleanNode(false);
      default -> example != null ? example : NODES.textNode("sandbox");
    };
  }

  private JsonNode object(JsonNode schema, JsonNode example, int depth) {
    ObjectNode out = JSON.createObjectNode();
    JsonNode properties = schema.get("properties");
    if (properties == null || properties.isEmpty()) {
      return example != null && example.isObject() ? example.deepCopy() : out;
    }
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode v = value(property.getValue(), depth + 1);
      if (v != null) {
        out.set(property.getKey(), v);
      }
    }
    return out;
  }

  private JsonNode array(JsonNode schema, JsonNode example, int depth) {
    ArrayNode out = JSON.createArrayNode();
    JsonNode items = schema.get("items");
    JsonNode item = items == null ? null : value(items, depth + 1);
    if (item != null && !item.isNull()) {
      // as many as minItems asks for (a relationship relates two contacts), else one
      for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
        out.add(item.deepCopy());
      }
    } else if (example != null && example.isArray()) {
      return example.deepCopy();
    }
    return out;
  }

  private JsonNode string(JsonNode schema, JsonNode example) {
    JsonNode values = schema.get("enum");
    if (values != null && !values.isEmpty()) {
      for (JsonNode allowed : values) {
        if (allowed.equals(example)) {
          return example;
        }
      }
      return values.get(0).isNull() && values.size() > 1 ? values.get(1) : values.get(0);
    }
    String format = schema.path("format").asText("");
    return switch (format) {
      case "date-time" -> NODES.textNode(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
      case "date" -> NODES.textNode(clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
      case "email" -> NODES.textNode("sandbox@onepagecrm.example");
      case "uri", "url" -> NODES.textNode("https://onepagecrm.example/sandbox");
      default -> example != null && example.isTextual() && example.asText().length() <= schema.path("maxLength")
          .asInt(Integer.MAX_VALUE) ? example : NODES.textNode(filler(schema));
    };
  }

  // A string that fits the schema's length bounds: an id-shaped value where no bound says otherwise.
  private static String filler(JsonNode schema) {
    String text = "5a0000000000000000000001";
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    int min = schema.path("minLength").asInt(0);
    if (text.length() > max) {
      text = text.substring(0, max);
    }
    return text.length() < min ? text + "x".repeat(min - text.length()) : text;
  }

  private static boolean inRange(JsonNode schema, JsonNode number) {
    return (!schema.has("minimum") || number.asDouble() >= schema.get("minimum").asDouble())
        && (!schema.has("maximum") || number.asDouble() <= schema.get("maximum").asDouble());
  }

  private static long minimum(JsonNode schema, long fallback) {
    return schema.has("minimum") ? Math.max(fallback, schema.get("minimum").asLong()) : fallback;
  }
}
