package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.notFound;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Create, read, replace or merge ({@code partial=true}), delete and undo ({@code undo=true}) for every
 * {@link Kind}, with the checks the service makes: required fields, an existing contact, and the 409 of
 * an action an external provider controls.
 */
final class OnePageCrmRecords {
  /** What the server owns: a full update keeps these. */
  private static final List<String> SERVER_OWNED = List.of("id", "created_at", "owner_id", "author",
      "externally_controlled", "company_id", "starred", "assignee_id");

  private OnePageCrmRecords() {}

  static ResponseDefinition create(OnePageCrmState state, Kind kind, ObjectNode body) {
    if (body == null) {
      return error(400, "invalid_request_data", "The request body is not a JSON object", null);
    }
    ResponseDefinition invalid = validate(state, kind, body);
    if (invalid != null) {
      return invalid;
    }
    return ok(state.clock, 201, state.wrap(kind, state.store(kind.plural(), body)));
  }

  static ResponseDefinition read(OnePageCrmState state, Kind kind, String id) {
    ObjectNode item = state.live.get(kind.plural()).get(id);
    return item == null ? notFound(kind, id) : ok(state.clock, 200, state.wrap(kind, item));
  }

  static ResponseDefinition update(OnePageCrmState state, Kind kind, String id, ObjectNode body, boolean partial) {
    ObjectNode item = state.live.get(kind.plural()).get(id);
    if (item == null) {
      return notFound(kind, id);
    }
    ResponseDefinition refused = externallyControlled(item);
    if (refused != null) {
      return refused;
    }
    if (body == null) {
      return error(400, "invalid_request_data", "The request body is not a JSON object", null);
    }
    ObjectNode next = partial ? item.deepCopy() : JSON.createObjectNode();
    if (!partial) {
      for (String own : SERVER_OWNED) {
        if (item.has(own)) {
          next.set(own, item.get(own));
        }
      }
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (!field.getKey().equals("id") && !field.getKey().equals("externally_controlled")) {
        next.set(field.getKey(), field.getValue());
      }
    }
    ResponseDefinition invalid = validate(state, kind, next);
    if (invalid != null) {
      return invalid;
    }
    if (kind.plural().equals("contacts")) {
      state.linkCompany(next);
    }
    next.put("modified_at", state.now());
    state.live.get(kind.plural()).put(id, next);
    return ok(state.clock, 200, state.wrap(kind, next));
  }

  /** A change the service makes on its own path ({@code /star}, {@code /mark_as_done}, ...), answered as a read. */
  static ResponseDefinition change(OnePageCrmState state, Kind kind, String id, boolean refusedIfControlled,
      Consumer<ObjectNode> change) {
    ObjectNode item = state.live.get(kind.plural()).get(id);
    if (item == null) {
      return notFound(kind, id);
    }
    ResponseDefinition refused = refusedIfControlled ? externallyControlled(item) : null;
    if (refused != null) {
      return refused;
    }
    change.accept(item);
    item.put("modified_at", state.now());
    return ok(state.clock, 200, state.wrap(kind, item));
  }

  static ResponseDefinition delete(OnePageCrmState state, Kind kind, String id, boolean undo) {
    if (undo) {
      ObjectNode item = state.deleted.get(kind.plural()).remove(id);
      if (item == null) {
        return error(404, "resource_not_found", "There is no deleted " + kind.singular() + " " + id + " to restore", null);
      }
      state.live.get(kind.plural()).put(id, item);
      return ok(state.clock, 200, state.wrap(kind, item));
    }
    ObjectNode current = state.live.get(kind.plural()).get(id);
    if (current == null) {
      return notFound(kind, id);
    }
    ResponseDefinition refused = externallyControlled(current);
    if (refused != null) {
      return refused;
    }
    state.deleted.get(kind.plural()).put(id, state.live.get(kind.plural()).remove(id));
    return ok(state.clock, 200, JSON.createObjectNode());
  }

  private static ResponseDefinition externallyControlled(ObjectNode item) {
    if (item.path("externally_controlled").asBoolean(false)) {
      return error(409, "action_externally_controlled", "The action is controlled by an external provider; "
          + "unlink it first", null);
    }
    return null;
  }

  private static ResponseDefinition validate(OnePageCrmState state, Kind kind, ObjectNode item) {
    ObjectNode errors = JSON.createObjectNode();
    for (String field : kind.required()) {
      if (item.path(field).asText("").isBlank()) {
        errors.put(field, "can't be blank");
      }
    }
    if (kind.plural().equals("contacts")
        && item.path("last_name").asText("").isBlank() && item.path("company_name").asText("").isBlank()) {
      errors.put("last_name", "last name or company name must be given");
    }
    String contactId = item.path("contact_id").asText("");
    if (!kind.plural().equals("contacts") && !contactId.isEmpty() && !state.live.get("contacts").containsKey(contactId)) {
      errors.put("contact_id", "no such contact");
    }
    return errors.isEmpty() ? null : error(400, "invalid_request_data", "Invalid request data", errors);
  }
}
