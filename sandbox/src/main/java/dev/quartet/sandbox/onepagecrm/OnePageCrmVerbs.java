package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.onepagecrm.OnePageCrmHandlers.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The operations that change one field of a record on a path of their own: an action's completion,
 * promotion, assignee and external link; a contact's star, status, owner, tags and sales cycle; and
 * the contact-wide reads (several deleted at once, the cascade past 10,000, pinned attachments).
 */
final class OnePageCrmVerbs {
  /** How many contacts one cascade batch holds. */
  static final int CASCADE_BATCH = 100;

  private OnePageCrmVerbs() {}

  static void register(Map<String, Handler> out) {
    action(out, "unlinkAction", false, a -> a.put("externally_controlled", false));
    // reassigning is what an external provider still allows
    action(out, "unassignAction", false, a -> a.putNull("assignee_id"));
    action(out, "markActionAsDone", true, a -> a.put("done", true).put("status", "done"));
    action(out, "undoActionCompletion", true, a -> a.put("done", false).put("status", "asap"));
    action(out, "promoteAction", true, a -> a.put("status", "asap"));
    action(out, "revertActionPromotion", true, a -> a.put("status", "queued"));
    action(out, "swapAction", true, a -> a.put("status", a.path("status").asText().equals("asap") ? "queued" : "asap"));

    contact(out, "starContact", (c, call) -> c.put("starred", true));
    contact(out, "unstarContact", (c, call) -> c.put("starred", false));
    contact(out, "changeContactStatus", (c, call) -> c.put("status_id", call.id("status_id")));
    contact(out, "changeContactOwner", (c, call) -> c.put("owner_id", call.id("owner_id")));
    contact(out, "assignContactTag", (c, call) -> tags(c, call.id("tag_name"), true));
    contact(out, "unassignContactTag", (c, call) -> tags(c, call.id("tag_name"), false));
    contact(out, "closeSalesCycle", (c, call) -> c.put("sales_closed_for", call.state().now()));
    contact(out, "forceCloseSalesCycle", (c, call) -> c.put("sales_closed_for", call.state().now()));
    contact(out, "reopenSalesCycle", (c, call) -> c.remove("sales_closed_for"));

    out.put("deleteContacts", OnePageCrmVerbs::deleteContacts);
    out.put("listContactsCascade", call -> cascade(call, null));
    out.put("listContactsCascadeAfter", call -> cascade(call, call.id("last_id")));
    out.put("listContactPinnedAttachments", call -> pinned(call, call.id("contact_id")));
    out.put("listCompanyPinnedAttachments", call -> {
      List<String> ids = new ArrayList<>();
      call.state().live.get("contacts").values().forEach(c -> {
        if (call.id("company_id").equals(c.path("company_id").asText())) {
          ids.add(c.path("id").asText());
        }
      });
      return pinned(call, String.join(",", ids));
    });
  }

  private interface ContactChange {
    void apply(ObjectNode contact, OnePageCrmCall call);
  }

  private static void action(Map<String, Handler> out, String id, boolean refusedIfControlled,
      Consumer<ObjectNode> change) {
    out.put(id, call -> OnePageCrmRecords.change(call.state(), Kind.of("actions"), call.id("action_id"),
        refusedIfControlled, change));
  }

  private static void contact(Map<String, Handler> out, String id, ContactChange change) {
    out.put(id, call -> OnePageCrmRecords.change(call.state(), Kind.of("contacts"), call.id("contact_id"), false,
        c -> change.apply(c, call)));
  }

  private static void tags(ObjectNode contact, String tag, boolean add) {
    ArrayNode tags = contact.has("tags") && contact.get("tags").isArray() ? (ArrayNode) contact.get("tags")
        : contact.putArray("tags");
    for (int i = tags.size() - 1; i >= 0; i--) {
      if (tags.get(i).asText().equals(tag)) {
        tags.remove(i);
      }
    }
    if (add) {
      tags.add(tag);
    }
  }

  // DELETE /contacts/delete?ids=a,b: each goes where a single delete puts it, so undo brings it back
  private static ResponseDefinition deleteContacts(OnePageCrmCall call) {
    String ids = call.query().getOrDefault("ids", "");
    Map<String, ObjectNode> live = call.state().live.get("contacts");
    List<String> wanted = List.of(ids.split(","));
    for (String id : wanted) {
      if (!live.containsKey(id)) {
        return OnePageCrmAnswers.notFound(Kind.of("contacts"), id.isBlank() ? "(none given)" : id);
      }
    }
    for (String id : wanted) {
      call.state().deleted.get("contacts").put(id, live.remove(id));
    }
    return ok(call.state().clock, 200, JSON.createObjectNode());
  }

  // Batches of 100 in the order contacts are kept, after the contact `last` names
  private static ResponseDefinition cascade(OnePageCrmCall call, String last) {
    List<ObjectNode> all = new ArrayList<>(call.state().live.get("contacts").values());
    int from = 0;
    if (last != null) {
      from = -1;
      for (int i = 0; i < all.size() && from < 0; i++) {
        from = all.get(i).path("id").asText().equals(last) ? i + 1 : -1;
      }
      if (from < 0) {
        return OnePageCrmAnswers.notFound(Kind.of("contacts"), last);
      }
    }
    int to = Math.min(all.size(), from + CASCADE_BATCH);
    ObjectNode data = JSON.createObjectNode();
    ArrayNode contacts = data.putArray("contacts");
    for (ObjectNode contact : all.subList(from, to)) {
      contacts.add(call.state().wrap(Kind.of("contacts"), contact));
    }
    data.put("items_left", all.size() - to);
    if (to < all.size()) {
      String url = call.request().getAbsoluteUrl().replaceFirst("/contacts/cascade.*", "/contacts/cascade/")
          + all.get(to - 1).path("id").asText();
      data.put("next_set_url", url);
    } else {
      data.putNull("next_set_url");
    }
    return ok(call.state().clock, 200, data);
  }

  // pinned attachment lists keep their page fields beside data, as the spec has them
  private static ResponseDefinition pinned(OnePageCrmCall call, String contactIds) {
    if (call.path().containsKey("contact_id") && !call.state().live.get("contacts").containsKey(contactIds)) {
      return OnePageCrmAnswers.notFound(Kind.of("contacts"), contactIds);
    }
    if (call.path().containsKey("company_id") && !call.state().live.get("companies").containsKey(call.id("company_id"))) {
      return OnePageCrmAnswers.notFound(Kind.of("companies"), call.id("company_id"));
    }
    ArrayNode items = OnePageCrmListing.pinned(call.state(), contactIds);
    ObjectNode body = JSON.createObjectNode().put("status", 0).put("message", "OK")
        .put("timestamp", call.state().clock.instant().getEpochSecond());
    body.putObject("data").set("pinned_attachments", items);
    body.put("total_count", items.size()).put("page", 1).put("per_page", Math.max(10, items.size())).put("max_page", 1);
    return dev.quartet.sandbox.SandboxHttp.json(200, body);
  }
}
