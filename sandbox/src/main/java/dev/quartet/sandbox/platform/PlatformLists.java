package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * How every platform list answer is cut: creation-time bounds ({@code from}/{@code to}, aliases
 * {@code begin}/{@code end}, epoch ms or ISO 8601), {@code sortBy}, {@code offset}/{@code limit} under
 * the cap of {@value PlatformSandbox#LIST_CAP} entities per answer, and {@code only} fields.
 */
final class PlatformLists {
  private PlatformLists() {}

  /** Whether {@code entity}'s {@code time} lies within the request's bounds (both inclusive). */
  static boolean withinTime(JsonNode entity, Request request) {
    Long from = bound(request, "from", "begin");
    Long to = bound(request, "to", "end");
    long time = entity.path("time").asLong();
    return (from == null || time >= from) && (to == null || time <= to);
  }

  /**
   * The page the request asks for: {@code offset} entities skipped, then at most {@code limit} and never
   * more than the cap: the platform answers a larger {@code limit}, or none, with the first
   * {@value PlatformSandbox#LIST_CAP}, and the caller pages on with {@code offset}.
   */
  static List<ObjectNode> page(List<ObjectNode> all, Request request) {
    int offset = number(request, "offset", 0, 0);
    int limit = Math.min(PlatformSandbox.LIST_CAP, number(request, "limit", 1, PlatformSandbox.LIST_CAP));
    sort(all, param(request, "sortBy"));
    List<ObjectNode> page = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size()));
    String only = param(request, "only");
    return only == null ? page : page.stream().map(entity -> only(entity, only)).toList();
  }

  /** {@code entity} with only {@code _id} and the comma-separated fields. */
  static ObjectNode only(ObjectNode entity, String fields) {
    ObjectNode kept = PlatformRoutes.MAPPER.createObjectNode();
    kept.set("_id", entity.get("_id"));
    for (String field : fields.split(",")) {
      if (!field.isBlank() && entity.has(field.trim())) {
        kept.set(field.trim(), entity.get(field.trim()));
      }
    }
    return kept;
  }

  /** Sorts by one field, ascending ({@code -field}: descending); numbers by value, the rest as text. */
  private static void sort(List<ObjectNode> all, String sortBy) {
    if (sortBy == null || sortBy.isBlank()) {
      return;
    }
    boolean descending = sortBy.startsWith("-");
    String field = descending ? sortBy.substring(1) : sortBy;
    Comparator<ObjectNode> order = (a, b) -> {
      JsonNode x = a.path(field);
      JsonNode y = b.path(field);
      return x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) : x.asText().compareTo(y.asText());
    };
    all.sort(descending ? order.reversed() : order);
  }

  private static int number(Request request, String name, int min, int absent) {
    String text = param(request, name);
    if (text == null) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException notNumber) {
      // answered below
    }
    throw new IllegalArgumentException(name + " must be a whole number of at least " + min + ", was " + text);
  }

  private static Long bound(Request request, String name, String alias) {
    String text = param(request, name);
    String used = name;
    if (text == null) {
      text = param(request, alias);
      used = alias;
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.matches("-?\\d+")) {
      return Long.parseLong(text);
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException noOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeParseException unreadable) {
        try {
          return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException neither) {
          throw new IllegalArgumentException(used + " must be epoch milliseconds or ISO 8601 (YYYY-MM-DDThh:mm), was " + text);
        }
      }
    }
  }
}
