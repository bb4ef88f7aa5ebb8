package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OnePageCRM's data store: the live and the deleted (restorable) records of each {@link Kind}, the
 * files uploaded to the emulated bucket, and the attachments linked to records (each knowing its
 * contact in {@code attachmentContacts}).
 */
final class OnePageCrmState {
  final Clock clock;
  final AtomicLong ids = new AtomicLong(1);
  final Map<String, Map<String, ObjectNode>> live = new LinkedHashMap<>();
  final Map<String, Map<String, ObjectNode>> deleted = new LinkedHashMap<>();
  final Map<String, Long> uploads = new LinkedHashMap<>();
  final Map<String, ObjectNode> attachments = new LinkedHashMap<>();
  final Map<String, String> attachmentContacts = new LinkedHashMap<>();

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
      case "contacts" -> {
        item.put("owner_id", OnePageCrmSandbox.USER_ID).put("starred", false);
        linkCompany(item);
      }
      case "companies" -> item.putArray("synced_tags");
      case "predefined_action_groups" -> {
        item.put("position", live.get(plural).size() + 1);
        if (!item.has("action_ids")) {
          item.putArray("action_ids");
        }
      }
      case "calls", "meetings" -> item.put("author", "Sandbox User");
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

  /**
   * Gives {@code contact} the company its {@code company_name} names, made on first mention as the
   * service does (a company cannot be created directly).
   */
  void linkCompany(ObjectNode contact) {
    String name = contact.path("company_name").asText("");
    if (name.isBlank()) {
      contact.remove("company_id");
      return;
    }
    for (ObjectNode company : live.get("companies").values()) {
      if (name.equals(company.path("name").asText())) {
        contact.put("company_id", company.path("id").asText());
        return;
      }
    }
    ObjectNode company = store("companies", OnePageCrmAnswers.JSON.createObjectNode().put("name", name));
    contact.put("company_id", company.path("id").asText());
  }

  /** {@return the contact {@code record} belongs to (itself for a contact), or null} */
  ObjectNode contactOf(ObjectNode record) {
    return record.has("contact_id") ? live.get("contacts").get(record.path("contact_id").asText()) : record;
  }

  /**
   * {@return {@code item} wrapped as the API sends it}; a contact comes with its open actions:
   * {@code next_actions} (ASAP first, then by date), {@code next_action} the first of them, and
   * {@code queued_actions}
   */
  ObjectNode wrap(Kind kind, ObjectNode item) {
    ObjectNode wrapped = OnePageCrmAnswers.wrap(kind, item);
    if (!kind.plural().equals("contacts")) {
      return wrapped;
    }
    List<ObjectNode> next = new ArrayList<>();
    for (ObjectNode action : live.get("actions").values()) {
      String status = action.path("status").asText();
      if (!item.path("id").asText().equals(action.path("contact_id").asText()) || status.equals("done")) {
        continue;
      }
      if (status.equals("queued")) {
        wrapped.withArray("queued_actions").add(action);
      } else {
        next.add(action);
      }
    }
    next.sort(Comparator.comparing((ObjectNode a) -> !a.path("status").asText().equals("asap"))
        .thenComparing(a -> a.path("date").asText("9999")));
    next.forEach(wrapped.withArray("next_actions")::add);
    if (!next.isEmpty()) {
      wrapped.set("next_action", next.get(0));
    }
    return wrapped;
  }

  String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
