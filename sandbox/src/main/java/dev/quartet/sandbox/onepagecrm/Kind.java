package dev.quartet.sandbox.onepagecrm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of OnePageCRM record the sandbox keeps: its path, the name it is wrapped under, and the fields
 * a create needs.
 */
record Kind(String plural, String singular, List<String> required) {
  static final Map<String, Kind> ALL = all(
      new Kind("contacts", "contact", List.of()),
      new Kind("companies", "company", List.of("name")),
      new Kind("deals", "deal", List.of("contact_id", "name")),
      new Kind("notes", "note", List.of("contact_id", "text")),
      new Kind("actions", "action", List.of("contact_id", "text")),
      new Kind("calls", "call", List.of("contact_id")),
      new Kind("meetings", "meeting", List.of("contact_id")),
      new Kind("predefined_action_groups", "predefined_action_group", List.of()),
      // kept like the others, answered by OnePageCrmRelations (its operationIds are contact-scoped)
      new Kind("relationships", "relationship", List.of()));

  /** {@return the kind kept under {@code plural}} */
  static Kind of(String plural) {
    return ALL.get(plural);
  }

  /** {@return the name of its path parameter, e.g. {@code deal_id}} */
  String idParam() {
    return singular + "_id";
  }

  /** {@return its name in operationIds, e.g. {@code Deal} or, plural, {@code PredefinedActionGroups}} */
  String title(boolean plural) {
    StringBuilder out = new StringBuilder();
    for (String word : (plural ? this.plural : singular).split("_")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  private static Map<String, Kind> all(Kind... kinds) {
    Map<String, Kind> out = new LinkedHashMap<>();
    for (Kind k : kinds) {
      out.put(k.plural(), k);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
