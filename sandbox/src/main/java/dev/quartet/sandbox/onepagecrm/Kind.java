package dev.quartet.sandbox.onepagecrm;

import java.util.List;
import java.util.Map;

/** One kind of OnePageCRM record: its path, the name it is wrapped under, and the fields a create needs. */
record Kind(String plural, String singular, List<String> required) {
  static final Map<String, Kind> ALL = Map.of(
      "contacts", new Kind("contacts", "contact", List.of()),
      "deals", new Kind("deals", "deal", List.of("contact_id", "name")),
      "notes", new Kind("notes", "note", List.of("contact_id", "text")),
      "actions", new Kind("actions", "action", List.of("contact_id", "text")));
}
