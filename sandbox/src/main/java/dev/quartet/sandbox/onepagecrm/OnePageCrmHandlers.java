package dev.quartet.sandbox.onepagecrm;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations the sandbox answers from its data store, by operationId: the records of every
 * {@link Kind} (list, create, read, update, delete and undo), the contact-scoped and company-scoped
 * lists, attachments, the verbs of {@link OnePageCrmVerbs} and the relations of {@link OnePageCrmRelations}. Every other operation of the spec is
 * answered from the spec alone.
 */
final class OnePageCrmHandlers {
  /** Answers one call to the operation it is registered for. */
  @FunctionalInterface
  interface Handler {
    ResponseDefinition answer(OnePageCrmCall call);
  }

  /** The kinds a contact has lists of ({@code /contacts/{id}/deals}) and a company's contacts share. */
  static final List<String> CONTACT_SCOPED = List.of("actions", "deals", "notes", "calls", "meetings");

  private OnePageCrmHandlers() {}

  /** {@return every stateful handler by operationId} */
  static Map<String, Handler> all() {
    Map<String, Handler> out = new LinkedHashMap<>();
    for (Kind kind : Kind.ALL.values()) {
      if (!kind.plural().equals("relationships")) {
        records(out, kind);
      }
    }
    for (String plural : CONTACT_SCOPED) {
      scoped(out, Kind.of(plural));
    }
    attachments(out);
    OnePageCrmVerbs.register(out);
    OnePageCrmRelations.register(out);
    return Map.copyOf(out);
  }

  private static void records(Map<String, Handler> out, Kind kind) {
    String one = kind.title(false);
    out.put("list" + kind.title(true), call -> OnePageCrmListing.list(call.state(), kind, call.query()));
    out.put("get" + one, call -> OnePageCrmRecords.read(call.state(), kind, call.id(kind.idParam())));
    out.put("update" + one, call -> OnePageCrmRecords.update(call.state(), kind, call.id(kind.idParam()),
        call.body(), call.flag("partial")));
    if (!kind.plural().equals("companies")) {
      // a company comes from its contacts' company_name: the API neither creates nor deletes one
      out.put("create" + one, call -> OnePageCrmRecords.create(call.state(), kind, call.body()));
      out.put("delete" + one, call -> OnePageCrmRecords.delete(call.state(), kind, call.id(kind.idParam()),
          call.flag("undo")));
    }
  }

  // GET and POST /contacts/{contact_id}/<kind>, GET /companies/{company_id}/<kind>
  private static void scoped(Map<String, Handler> out, Kind kind) {
    Kind contacts = Kind.of("contacts");
    Kind companies = Kind.of("companies");
    out.put("listContact" + kind.title(true), call -> {
      String contactId = call.id("contact_id");
      if (!call.state().live.get("contacts").containsKey(contactId)) {
        return OnePageCrmAnswers.notFound(contacts, contactId);
      }
      return OnePageCrmListing.list(call.state(), kind, call.query(),
          item -> contactId.equals(item.path("contact_id").asText()));
    });
    out.put("createContact" + kind.title(false), call -> {
      var body = call.body();
      if (body != null) {
        body.put("contact_id", call.id("contact_id"));
      }
      if (!call.state().live.get("contacts").containsKey(call.id("contact_id"))) {
        return OnePageCrmAnswers.notFound(contacts, call.id("contact_id"));
      }
      if (kind.plural().equals("actions") && body != null && !body.has("assignee_id")) {
        body.put("assignee_id", OnePageCrmSandbox.USER_ID);
      }
      return OnePageCrmRecords.create(call.state(), kind, body);
    });
    out.put("listCompany" + kind.title(true), call -> {
      String companyId = call.id("company_id");
      if (!call.state().live.get("companies").containsKey(companyId)) {
        return OnePageCrmAnswers.notFound(companies, companyId);
      }
      return OnePageCrmListing.list(call.state(), kind, call.query(), item -> {
        var contact = call.state().contactOf(item);
        return contact != null && companyId.equals(contact.path("company_id").asText());
      });
    });
  }

  private static void attachments(Map<String, Handler> out) {
    out.put("getAttachmentUploadForm", call -> OnePageCrmAttachments.uploadForm(call.state(), call.request(),
        call.query().get("contact_id")));
    out.put("createAttachment", call -> OnePageCrmAttachments.linkAttachment(call.state(), null, null, call.body()));
    for (String owners : List.of("deals", "notes", "calls", "meetings")) {
      Kind kind = Kind.of(owners);
      out.put("create" + kind.title(false) + "Attachment", call -> OnePageCrmAttachments.linkAttachment(
          call.state(), owners, call.id(kind.idParam()), call.body()));
    }
    out.put("renameAttachment", call -> OnePageCrmAttachments.change(call.state(), call.id("attachment_id"),
        call.body(), "rename"));
    out.put("pinAttachment", call -> OnePageCrmAttachments.change(call.state(), call.id("attachment_id"), null, "pin"));
    out.put("unpinAttachment", call -> OnePageCrmAttachments.change(call.state(), call.id("attachment_id"), null,
        "unpin"));
    out.put("deleteAttachment", call -> OnePageCrmAttachments.delete(call.state(), call.id("attachment_id")));
  }
}
