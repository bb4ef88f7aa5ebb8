package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OnePageCRM's data store: the live and the deleted (restorable) records of each {@link Kind}, the
 * files uploaded to the emulated bucket, and the attachments linked to records.
 */
final class OnePageCrmState {
  final Clock clock;
  final AtomicLong ids = new AtomicLong(1);
  final Map<String, Map<String, ObjectNode>> live = new LinkedHashMap<>();
  final Map<String, Map<String, ObjectNode>> deleted = new LinkedHashMap<>();
  final Map<String, Long> uploads = new LinkedHashMap<>();
  final Map<String, ObjectNode> attachments = new LinkedHashMap<>();

  OnePageCrmState(Clock clock) {
    this.clock = clock;
    for (String kind : Kind.ALL.keySet()) {
      live.put(kind, new LinkedHashMap<>());
      deleted.put(kind, new LinkedHashMap<>());
    }
  }

  /** Stores a new record of kind {@code plural} with the fields the server owns, and returns it. */
  ObjectNode store(String plural, ObjectNode body) {
    String id = String.format("5a%022x", ids.getAndIncrement());
    ObjectNode item = OnePageCrmAnswers.JSON.createObjectNode().put("id", id);
    item.setAll(body);
    item.put("id", id);
    String now = now();
    item.put("created_at", now).put("modified_at", now);
    switch (plural) {
      case "contacts" -> item.put("owner_id", OnePageCrmSandbox.USER_ID);
      case "deals" -> {
        if (!item.has("status")) {
          item.put("status", "pending");
        }
        item.put("owner_id", OnePageCrmSandbox.USER_ID);
      }
      case "notes" -> item.put("author", "Sandbox User");
      case "actions" -> {
        if (!item.has("status")) {
          item.put("status", "asap");
        }
        item.put("assignee_id", OnePageCrmSandbox.USER_ID).put("externally_controlled", false);
      }
      default -> { }
    }
    live.get(plural).put(id, item);
    return item;
  }

  String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
