package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OnePageCRM listings: {@code page} and {@code per_page} with the service's limits (at most 100 per page,
 * nothing past the 10,000th record: beyond it {@code GET /contacts/cascade} pages on), {@code contact_id}
 * and {@code search} filters, and the related records {@code fields=} asks for.
 */
final class OnePageCrmListing {
  private static final Pattern FIELD = Pattern.compile("([a-z_]+)\\(all\\)");
  /** What {@code fields=} may ask for on each listing. */
  private static final Map<String, List<String>> RELATED = Map.of(
      "contacts", List.of("deals", "notes", "calls", "meetings", "pinned_attachments"),
      "deals", List.of("contacts"));

  /** The most records a page holds. */
  static final int MAX_PER_PAGE = 100;
  /** How deep {@code page} and {@code per_page} reach into a listing. */
  static final int MAX_REACH = 10_000;

  private OnePageCrmListing() {}

  /** {@return the service's 400 when {@code per_page} or the reach of {@code page} is past its limit, else null} */
  static ResponseDefinition checkPaging(Map<String, String> query) {
    int perPage = number(query.get("per_page"), 10);
    if (perPage > MAX_PER_PAGE) {
      ObjectNode errors = JSON.createObjectNode().put("per_page", "must be less than or equal to " + MAX_PER_PAGE);
      return error(400, "invalid_request_data", "Maximum " + MAX_PER_PAGE + " records per page allowed", errors);
    }
    long reach = (long) Math.max(1, number(query.get("page"), 1)) * Math.max(1, perPage);
    if (reach > MAX_REACH) {
      ObjectNode errors = JSON.createObjectNode().put("page", "page * per_page must not exceed " + MAX_REACH
          + "; use GET /contacts/cascade to read past the " + MAX_REACH + "th contact");
      return error(400, "invalid_request_data", "Listings stop at the " + MAX_REACH + "th record", errors);
    }
    return null;
  }

  static ResponseDefinition list(OnePageCrmState state, Kind kind, Map<String, String> query) {
    return list(state, kind, query, item -> true);
  }

  /** {@return a page of the records of {@code kind} in {@code scope} (a contact's, a company's)} */
  static ResponseDefinition list(OnePageCrmState state, Kind kind, Map<String, String> query,
      Predicate<ObjectNode> scope) {
    ResponseDefinition limit = checkPaging(query);
    if (limit != null) {
      return limit;
    }
    List<String> fields = new ArrayList<>();
    for (String asked : query.getOrDefault("fields", "").split(",")) {
      Matcher f = FIELD.matcher(asked.trim());
      if (asked.isBlank()) {
        continue;
      }
      if (!f.matches() || !RELATED.getOrDefault(kind.plural(), List.of()).contains(f.group(1))) {
        ObjectNode errors = JSON.createObjectNode().put("fields", "cannot send " + asked + " with " + kind.plural());
        return error(400, "invalid_request_data", "Invalid request data", errors);
      }
      fields.add(f.group(1));
    }
    int page = Math.max(1, number(query.get("page"), 1));
    int perPage = Math.max(1, number(query.get("per_page"), 10));
    String contactId = query.get("contact_id");
    String search = query.get("search");
    List<ObjectNode> all = new ArrayList<>();
    for (ObjectNode item : state.live.get(kind.plural()).values()) {
      if (scope.test(item) && (contactId == null || contactId.equals(item.path("contact_id").asText(null))) && mentions(item, search)) {
        all.add(item);
      }
    }
    ObjectNode data = JSON.createObjectNode();
    ArrayNode items = data.putArray(kind.plural());
    for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
      ObjectNode item = state.wrap(kind, all.get(i));
      for (String related : fields) {
        item.set(related, related(state, kind, all.get(i), related));
      }
      items.add(item);
    }
    data.put("total_count", all.size()).put("page", page).put("per_page", perPage)
        .put("max_page", Math.max(1, (all.size() + perPage - 1) / perPage));
    return ok(state.clock, 200, data);
  }

  // The full records `fields=` asks for: a contact's deals or notes, a deal's contact.
  private static ArrayNode related(OnePageCrmState state, Kind kind, ObjectNode record, String related) {
    ArrayNode out = JSON.createArrayNode();
    if (kind.plural().equals("deals")) {
      ObjectNode contact = state.live.get("contacts").get(record.path("contact_id").asText(""));
      if (contact != null) {
        out.add(contact);
      }
      return out;
    }
    String id = record.path("id").asText();
    if (related.equals("pinned_attachments")) {
      return pinned(state, id);
    }
    for (ObjectNode r : state.live.getOrDefault(related, Map.of()).values()) {
      if (id.equals(r.path("contact_id").asText(null))) {
        out.add(r);
      }
    }
    return out;
  }

  /** {@return the attachments pinned on the contacts {@code contactIds} names (one id, or several by commas)} */
  static ArrayNode pinned(OnePageCrmState state, String contactIds) {
    List<String> wanted = List.of(contactIds.split(","));
    ArrayNode out = JSON.createArrayNode();
    state.attachments.forEach((id, attachment) -> {
      if (attachment.path("pinned").asBoolean(false) && wanted.contains(state.attachmentContacts.get(id))) {
        out.add(attachment);
      }
    });
    return out;
  }

  /** {@code search=}: a case-insensitive part of one of the record's text fields; no search matches all. */
  private static boolean mentions(ObjectNode item, String search) {
    if (search == null || search.isBlank()) {
      return true;
    }
    String wanted = search.toLowerCase(java.util.Locale.ROOT);
    for (var field : item.properties()) {
      if (field.getValue().isTextual() && field.getValue().asText().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static int number(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
