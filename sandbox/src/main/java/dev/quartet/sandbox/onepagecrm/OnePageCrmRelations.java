package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.notFound;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.onepagecrm.OnePageCrmHandlers.Handler;
import java.util.Map;

/**
 * How contacts relate: a contact's relationships with other contacts ({@code /contacts/{id}/relationships},
 * two related contacts each, with undo of a delete) and the contacts linked to a company besides its
 * own ({@code /companies/{id}/linked_contacts}).
 */
final class OnePageCrmRelations {
  private static final Kind RELATIONSHIPS = Kind.of("relationships");
  private static final Kind CONTACTS = Kind.of("contacts");

  private OnePageCrmRelations() {}

  static void register(Map<String, Handler> out) {
    out.put("listContactRelationships", call -> {
      String contactId = call.id("contact_id");
      if (!call.state().live.get("contacts").containsKey(contactId)) {
        return notFound(CONTACTS, contactId);
      }
      return OnePageCrmListing.list(call.state(), RELATIONSHIPS, call.query(), r -> involves(r, contactId));
    });
    out.put("createContactRelationship", call -> save(call, null));
    out.put("getContactRelationship", call -> mine(call) == null ? notFound(RELATIONSHIPS, call.id("relationship_id"))
        : OnePageCrmRecords.read(call.state(), RELATIONSHIPS, call.id("relationship_id")));
    out.put("updateContactRelationship", call -> mine(call) == null
        ? notFound(RELATIONSHIPS, call.id("relationship_id")) : save(call, call.id("relationship_id")));
    out.put("deleteContactRelationship", call -> !call.flag("undo") && mine(call) == null
        ? notFound(RELATIONSHIPS, call.id("relationship_id"))
        : OnePageCrmRecords.delete(call.state(), RELATIONSHIPS, call.id("relationship_id"), call.flag("undo")));

    out.put("listLinkedContacts", call -> linked(call, null));
    out.put("linkContact", call -> linked(call, "link"));
    out.put("unlinkContact", call -> linked(call, "unlink"));
  }

  // the relationship the path names, when it involves the path's contact
  private static ObjectNode mine(OnePageCrmCall call) {
    ObjectNode r = call.state().live.get("relationships").get(call.id("relationship_id"));
    return r != null && involves(r, call.id("contact_id")) ? r : null;
  }

  private static boolean involves(ObjectNode relationship, String contactId) {
    for (JsonNode related : relationship.path("related_contacts")) {
      if (contactId.equals(related.path("contact_id").asText())) {
        return true;
      }
    }
    return false;
  }

  // create (id null) or replace: a type and exactly two existing contacts, the path's among them
  private static ResponseDefinition save(OnePageCrmCall call, String id) {
    OnePageCrmState state = call.state();
    String contactId = call.id("contact_id");
    if (!state.live.get("contacts").containsKey(contactId)) {
      return notFound(CONTACTS, contactId);
    }
    ObjectNode body = call.body();
    ObjectNode errors = JSON.createObjectNode();
    if (body == null || body.path("relationship_type_id").asText("").isBlank()) {
      errors.put("relationship_type_id", "can't be blank");
    }
    JsonNode given = body == null ? JSON.missingNode() : body.path("related_contacts");
    ArrayNode related = JSON.createArrayNode();
    for (JsonNode each : given) {
      ObjectNode contact = state.live.get("contacts").get(each.path("contact_id").asText(""));
      if (contact == null) {
        errors.put("related_contacts", "no such contact: " + each.path("contact_id").asText(""));
      } else {
        related.addObject().put("variant_id", each.path("variant_id").asText(""))
            .put("variant_name", each.path("variant_name").asText("Related"))
            .put("contact_id", contact.path("id").asText()).put("first_name", contact.path("first_name").asText(""))
            .put("last_name", contact.path("last_name").asText("")).put("company_id", contact.path("company_id").asText(""))
            .put("company_name", contact.path("company_name").asText("")).put("owner_id", contact.path("owner_id").asText(""));
      }
    }
    if (given.size() != 2) {
      errors.put("related_contacts", "exactly two contacts are related");
    }
    if (errors.isEmpty()) {
      ObjectNode r = JSON.createObjectNode().put("relationship_type_id", body.path("relationship_type_id").asText());
      r.set("related_contacts", related);
      if (!involves(r, contactId)) {
        errors.put("related_contacts", "must include contact " + contactId);
      } else if (id == null) {
        return ok(state.clock, 201, state.wrap(RELATIONSHIPS, state.store("relationships", r)));
      } else {
        ObjectNode kept = state.live.get("relationships").get(id);
        kept.setAll(r);
        kept.put("modified_at", state.now());
        return ok(state.clock, 200, state.wrap(RELATIONSHIPS, kept));
      }
    }
    return error(400, "invalid_request_data", "Invalid request data", errors);
  }

  // GET lists, POST links (body contact_id), DELETE .../{contact_id} unlinks the company's linked contacts
  private static ResponseDefinition linked(OnePageCrmCall call, String change) {
    OnePageCrmState state = call.state();
    ObjectNode company = state.live.get("companies").get(call.id("company_id"));
    if (company == null) {
      return notFound(Kind.of("companies"), call.id("company_id"));
    }
    ArrayNode ids = company.has("linked_contact_ids") ? (ArrayNode) company.get("linked_contact_ids")
        : company.putArray("linked_contact_ids");
    if (change == null) {
      ResponseDefinition limit = OnePageCrmListing.checkPaging(call.query());
      if (limit != null) {
        return limit;
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode items = data.putArray("linked_contacts");
      for (JsonNode id : ids) {
        ObjectNode contact = state.live.get("contacts").get(id.asText());
        if (contact != null) {
          items.add(linkedItem(contact, company));
        }
      }
      data.put("total_count", items.size()).put("page", 1).put("per_page", Math.max(10, items.size())).put("max_page", 1);
      return ok(state.clock, 200, data);
    }
    String contactId = change.equals("link") ? (call.body() == null ? "" : call.body().path("contact_id").asText(""))
        : call.id("contact_id");
    ObjectNode contact = state.live.get("contacts").get(contactId);
    if (contact == null) {
      return notFound(CONTACTS, contactId.isBlank() ? "(none given)" : contactId);
    }
    for (int i = ids.size() - 1; i >= 0; i--) {
      if (ids.get(i).asText().equals(contactId)) {
        ids.remove(i);
      }
    }
    if (change.equals("link")) {
      ids.add(contactId);
      return ok(state.clock, 201, linkedItem(contact, company));
    }
    return ok(state.clock, 200, JSON.createObjectNode());
  }

  private static ObjectNode linkedItem(ObjectNode contact, ObjectNode company) {
    ObjectNode item = JSON.createObjectNode();
    ObjectNode linked = item.putObject("linked_contact");
    linked.set("contact", contact);
    linked.putArray("next_actions");
    linked.putArray("queued_actions");
    linked.putArray("linked_with").add(company.path("id").asText());
    return item;
  }
}
