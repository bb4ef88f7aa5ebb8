package dev.quartet.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds a sample document for a schema of the spec out of the documented {@code example} values:
 * an example on the schema wins, otherwise objects are assembled property by property.
 */
final class SpecExamples {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SpecExamples() {}

  static JsonNode of(JsonNode schema) {
    return of(schema, new HashSet<>());
  }

  // Where an example breaks the schema's own length limit, a shortened one keeps validate() happy.
  private static JsonNode fit(JsonNode s, String type, JsonNode example) {
    if ("string".equals(type) && example.isTextual() && s.has("maxLength")
        && example.asText().length() > s.get("maxLength").asInt()) {
      return F.textNode(example.asText().substring(0, s.get("maxLength").asInt()));
    }
    return example;
  }

  private static JsonNode of(JsonNode schema, Set<String> visiting) {
    String ref = SpecOperations.refName(schema);
    if (ref != null && !visiting.add(ref)) {
      return null; // a recursive shape: stop here
    }
    try {
      JsonNode s = SpecOperations.resolve(schema);
      if (s == null) {
        return null;
      }
      String type = s.path("type").asText(s.has("properties") ? "object" : "");
      if (s.has("example") && !s.get("example").isNull()) {
        return fit(s, type, s.get("example"));
      }
      switch (type) {
        case "object": {
          ObjectNode out = F.objectNode();
          if (s.has("properties")) {
            s.get("properties").fields().forEachRemaining(p -> {
              JsonNode value = of(p.getValue(), visiting);
              if (value != null) {
                out.set(p.getKey(), value);
              }
            });
          } else if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            JsonNode value = of(s.get("additionalProperties"), visiting);
            if (value != null) {
              out.set("key", value);
            }
          }
          return out;
        }
        case "array": {
          ArrayNode out = F.arrayNode();
          JsonNode items = SpecOperations.resolve(s.get("items"));
          JsonNode itemExample = items == null ? null : items.get("example");
          if (itemExample != null && itemExample.isArray() && !"array".equals(items.path("type").asText())) {
            return itemExample; // the spec writes some list examples on the items
          }
          JsonNode item = of(s.get("items"), visiting);
          if (item != null) {
            out.add(item);
          }
          return out;
        }
        default:
          return s.has("enum") ? s.get("enum").get(0) : null;
      }
    } finally {
      if (ref != null) {
        visiting.remove(ref);
      }
    }
  }
}
