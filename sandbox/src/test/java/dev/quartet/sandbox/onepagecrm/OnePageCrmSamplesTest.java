package dev.quartet.sandbox.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers built from the spec alone fit the spec: checked against each operation's answer schema
 * for the rules the sandbox's samples must keep (types, required properties, enums, lengths, item
 * counts, date and time formats).
 */
class OnePageCrmSamplesTest {
  private final OnePageCrmSpec spec = OnePageCrmSpec.load();
  private final OnePageCrmSamples samples = new OnePageCrmSamples(spec,
      Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC));

  @Test
  void everySampleFitsItsOperationsSchema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (OnePageCrmSpec.Operation op : spec.operations()) {
      if (op.schema() != null) {
        check(op.id(), samples.sample(op.schema()), op.schema(), problems, 0);
        checked++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).as("operations that declare an answer body").isGreaterThan(140);
  }

  @Test
  void anEnumTakesTheExampleWhenAllowedAndADateTimeTheClock() {
    JsonNode enumSchema = OnePageCrmAnswers.JSON.createObjectNode().put("type", "string").put("example", "b")
        .set("enum", OnePageCrmAnswers.JSON.createArrayNode().add("a").add("b"));
    assertThat(samples.sample(enumSchema).asText()).isEqualTo("b");
    JsonNode time = OnePageCrmAnswers.JSON.createObjectNode().put("type", "string").put("format", "date-time")
        .put("example", "2018-03-15 16:10:45+00:00");
    assertThat(samples.sample(time).asText()).isEqualTo("2031-03-14T09:26:53Z");
  }

  private void check(String where, JsonNode value, JsonNode schema, List<String> problems, int depth) {
    if (schema.has("$ref")) {
      check(where, value, spec.resolve(schema.get("$ref").asText()), problems, depth + 1);
      return;
    }
    if (value == null || value.isNull() || depth > 30) {
      return; // left out where the shape recurses
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(where + ": not an object");
          return;
        }
        for (JsonNode required : schema.path("required")) {
          if (!value.has(required.asText())) {
            problems.add(where + ": no " + required.asText());
          }
        }
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
          if (value.has(p.getKey())) {
            check(where + "." + p.getKey(), value.get(p.getKey()), p.getValue(), problems, depth + 1);
          }
        }
      }
      case "array" -> {
        if (!value.isArray() || value.size() < schema.path("minItems").asInt(0)) {
          problems.add(where + ": not an array of at least " + schema.path("minItems").asInt(0));
          return;
        }
        value.forEach(item -> check(where + "[]", item, schema.path("items"), problems, depth + 1));
      }
      case "string" -> string(where, value, schema, problems);
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(where + ": not an integer");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(where + ": not a number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(where + ": not a boolean");
        }
      }
      default -> { }
    }
  }

  private static void string(String where, JsonNode value, JsonNode schema, List<String> problems) {
    if (!value.isTextual()) {
      problems.add(where + ": not a string");
      return;
    }
    String text = value.asText();
    if (schema.has("enum")) {
      boolean allowed = false;
      for (JsonNode e : schema.get("enum")) {
        allowed |= e.asText().equals(text);
      }
      if (!allowed) {
        problems.add(where + ": " + text + " is not one of " + schema.get("enum"));
      }
    }
    if (text.length() > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
      problems.add(where + ": longer than " + schema.get("maxLength"));
    }
    try {
      switch (schema.path("format").asText("")) {
        case "date-time" -> Instant.parse(text);
        case "date" -> LocalDate.parse(text);
        default -> { }
      }
    } catch (RuntimeException e) {
      problems.add(where + ": " + text + " is not a " + schema.path("format").asText());
    }
  }
}
