package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Citypoint's {@code filter[...]} expressions ({@code eq gt gte lt lte and or}) and {@code sort} keys over resources. */
final class CitypointFilter {
  private CitypointFilter() {}

  static Comparator<ObjectNode> comparator(String sort) {
    Comparator<ObjectNode> all = null;
    for (String key : sort.split(",")) {
      boolean desc = key.startsWith("-");
      String field = desc ? key.substring(1) : key;
      Comparator<ObjectNode> one = (a, b) -> compare(value(a, field), value(b, field));
      one = desc ? one.reversed() : one;
      all = all == null ? one : all.thenComparing(one);
    }
    return all;
  }

  /** An attribute, else a to-one relationship's id ({@code Object}, {@code Car}, ...); {@code id} and {@code Id} are the resource id. */
  private static JsonNode value(ObjectNode resource, String field) {
    if (field.equals("id") || field.equals("Id")) {
      return resource.path("id");
    }
    JsonNode attribute = resource.path("attributes").path(field);
    if (!attribute.isMissingNode()) {
      return attribute;
    }
    return resource.path("relationships").path(field).path("data").path("id");
  }

  private static int compare(JsonNode a, JsonNode b) {
    if (a.isMissingNode() || a.isNull()) {
      return b.isMissingNode() || b.isNull() ? 0 : -1;
    }
    if (b.isMissingNode() || b.isNull()) {
      return 1;
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.asDouble(), b.asDouble());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.asBoolean(), b.asBoolean());
    }
    return a.asText().compareTo(b.asText());
  }

  /** Compares an attribute with a literal from a filter: booleans as 1/0, numbers numerically. */
  private static int compareLiteral(JsonNode value, String literal) {
    if (value.isBoolean()) {
      return Integer.compare(value.asBoolean() ? 1 : 0, literal.equals("1") || literal.equalsIgnoreCase("true") ? 1 : 0);
    }
    if (value.isNumber() || (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?") && literal.matches("-?\\d+(\\.\\d+)?"))) {
      return Double.compare(value.asDouble(), Double.parseDouble(literal));
    }
    return value.asText().compareTo(literal);
  }

  /** A filter such as {@code and(gte(DateOfCreation,2024-05-01T00:00:00Z),eq(Important,1))}. */
  static final class FilterExpression implements Predicate<ObjectNode> {
    private final String text;
    private int at;
    private final Predicate<ObjectNode> predicate;

    FilterExpression(String text) {
      this.text = text.trim();
      this.predicate = parse();
      if (at != this.text.length()) {
        throw new IllegalArgumentException("unexpected text at position " + at);
      }
    }

    @Override
    public boolean test(ObjectNode resource) {
      return predicate.test(resource);
    }

    private Predicate<ObjectNode> parse() {
      String function = word();
      expect('(');
      if (function.equals("and") || function.equals("or")) {
        List<Predicate<ObjectNode>> parts = new ArrayList<>();
        parts.add(parse());
        while (peek() == ',') {
          at++;
          parts.add(parse());
        }
        expect(')');
        return function.equals("and")
            ? r -> parts.stream().allMatch(p -> p.test(r))
            : r -> parts.stream().anyMatch(p -> p.test(r));
      }
      String field = word();
      expect(',');
      int start = at;
      while (at < text.length() && text.charAt(at) != ')') {
        at++;
      }
      String literal = text.substring(start, at);
      expect(')');
      switch (function) {
        case "eq": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) == 0;
        case "gt": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) > 0;
        case "gte": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) >= 0;
        case "lt": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) < 0;
        case "lte": return r -> !value(r, field).isMissingNode() && compareLiteral(value(r, field), literal) <= 0;
        default: throw new IllegalArgumentException("unknown function " + function);
      }
    }

    private String word() {
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("expected a name at position " + at);
      }
      return text.substring(start, at);
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : 0;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at position " + at);
      }
      at++;
    }
  }
}
