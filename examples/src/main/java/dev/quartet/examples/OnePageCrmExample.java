package dev.quartet.examples;

import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.core.ApiResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quartet.core.Json;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.core.errors.ConflictException;
import dev.quartet.onepagecrm.AttachmentTarget;
import dev.quartet.onepagecrm.ContactListField;
import dev.quartet.onepagecrm.DealListField;
import dev.quartet.onepagecrm.FileUpload;
import dev.quartet.onepagecrm.InvalidWebhookException;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.OnePageCrmWebhooks;
import dev.quartet.onepagecrm.WebhookEvent;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Attachment;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactEmail;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateActionRequest;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.ListContactsResponseData;
import dev.quartet.onepagecrm.model.Note;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

/**
 * OnePageCRM tour: a contact with a deal, a note and a file on the deal, contacts page by page, listings with their
 * related records ({@code fields=}), unlinking an externally controlled action, a partial update, delete and undo, and
 * a webhook delivery checked and read. Runs against the real API when
 * {@code ONEPAGECRM_USER_ID} is set (it cleans up the contact it made), otherwise against the sandbox.
 */
public final class OnePageCrmExample {
  private OnePageCrmExample() {}

  /**
   * Runs the example against OnePageCRM when its variables are set, else against the sandbox.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    if (System.getenv("ONEPAGECRM_USER_ID") != null) {
      try (OnePageCrmClient crm = OnePageCrmClient.fromEnv()) {
        run(crm, System.out);
      }
      return;
    }
    try (Sandbox sandbox = Sandbox.start(); OnePageCrmClient crm = sandboxClient(sandbox.onePageCrm())) {
      run(crm, System.out);
    }
  }

  /**
   * {@return a client for the sandbox's OnePageCRM, with the demo account's credentials}
   *
   * @param sandbox where the sandbox serves OnePageCRM
   */
  public static OnePageCrmClient sandboxClient(OnePageCrmSandbox sandbox) {
    return OnePageCrmClient.builder()
        .userId(sandbox.userId())
        .apiKey(sandbox.apiKey())
        .baseUrl(sandbox.baseUrl())
        .rateLimit(5, 10)
        .retryPolicy(RetryPolicy.defaults())
        .build();
  }

  /**
   * Creates a contact and a deal through {@code crm} and reads them back, printing to {@code out}.
   *
   * @param crm the client to use
   * @param out where to print
   */
  public static void run(OnePageCrmClient crm, PrintStream out) {
    out.println("== OnePageCRM ==");

    Contact contact = crm.contacts().create(new ContactRequest()
        .firstName("Mary").lastName("Somerville").companyName("Royal Society").jobTitle("Science writer")
        .emails(List.of(new ContactEmail().type(ContactEmail.TypeEnum.WORK).value("mary@royalsociety.example"))));
    String id = contact.getId();
    out.println("Created contact " + id + ": " + contact.getFirstName() + " " + contact.getLastName()
        + " (" + contact.getCompanyName() + ")");
    Deal deal = crm.deals().create(new CreateDealRequest()
        .contactId(id).name("Mechanism of the Heavens, 2nd edition").amount(1200f).stage(10));
    out.println("  deal " + deal.getId() + ": \"" + deal.getName() + "\", " + deal.getAmount() + ", " + deal.getStatus());
    Note note = crm.notes().create(new CreateNoteRequest().contactId(id).text("Met at the Royal Institution."));
    out.println("  note " + note.getId() + ": \"" + note.getText() + "\"");
    byte[] proposal = "Second edition: 1,200 copies, delivery in May.".getBytes(StandardCharsets.UTF_8);
    Attachment file = crm.attachments().upload(id, AttachmentTarget.deal(deal.getId()),
        FileUpload.of(proposal, "proposal.txt", "text/plain")).getData().getAttachment();
    out.println("  attachment " + file.getId() + " on the deal: " + file.getFilename() + ", " + file.getSize() + " bytes");

    out.println("Contacts, 10 per page:");
    for (int page = 1; ; page++) {
      ListContactsResponseData data = crm.contacts().list(ListContactsParams.builder().page(page).perPage(10).build()).getData();
      var items = data.getContacts();
      out.printf("  page %d of %d: %d contacts (%s .. %s), %d in all%n", data.getPage(), data.getMaxPage(),
          items.size(), name(items.get(0).getContact()), name(items.get(items.size() - 1).getContact()),
          data.getTotalCount());
      if (page >= data.getMaxPage() || page == 3) {
        break;
      }
    }
    out.println("  walking every page lazily: " + crm.contacts().listAll().stream().count() + " contacts");
    ListContactsParams search = ListContactsParams.builder().search("Somerville").perPage(50).build();
    ApiResponse<ListContactsResponse> found = crm.contacts().listWithResponse(search);
    out.println("  contacts().listWithResponse(" + search + "): HTTP " + found.status() + ", "
        + found.body().getData().getContacts().stream().map(item -> name(item.getContact())).toList());
    out.println("  every deal, walked 2 per page: " + crm.deals().listAll(2).stream()
        .map(Deal::getName).toList());

    // fields=: the related records come with each listing item, typed
    EnumSet<ContactListField> related = EnumSet.of(ContactListField.DEALS, ContactListField.NOTES);
    crm.contacts().listAll(100, related).stream()
        .filter(item -> id.equals(item.getContact().getId()))
        .forEach(item -> out.println("  with fields=deals,notes: " + name(item.getContact()) + " has "
            + item.getDeals().size() + " deal(s) " + item.getDeals().stream().map(Deal::getName).toList()
            + " and " + item.getNotes().size() + " note(s)"));
    crm.deals().listAll(10, EnumSet.of(DealListField.CONTACTS)).stream()
        .filter(item -> deal.getId().equals(item.getDeal().getId()))
        .forEach(item -> out.println("  with fields=contacts: deal \"" + item.getDeal().getName() + "\" belongs to "
            + item.getContacts().stream().map(OnePageCrmExample::name).toList()));

    // an action a scheduling tool controls: only unlinking hands it back
    crm.actions().listAll().stream().filter(a -> Boolean.TRUE.equals(a.getExternallyControlled())).findFirst()
        .ifPresent(booked -> {
          try {
            crm.actions().updatePartially(booked.getId(), new CreateActionRequest().text("Moved by hand"));
            out.println("Externally controlled action changed?");
          } catch (ConflictException e) {
            out.println("Action \"" + booked.getText() + "\" is externally controlled: changing it answers "
                + e.status());
          }
          Action unlinked = crm.actions().unlink(booked.getId());
          Action moved = crm.actions().updatePartially(unlinked.getId(), new CreateActionRequest().text("Intro call"));
          out.println("  unlinked (externally_controlled=" + unlinked.getExternallyControlled() + "), then renamed \""
              + moved.getText() + "\"");
        });

    Contact updated = crm.contacts().updatePartially(id, new ContactRequest().jobTitle("Mathematician"));
    out.println("Partial update: job title \"" + updated.getJobTitle() + "\", company still \""
        + updated.getCompanyName() + "\", email still " + updated.getEmails().get(0).getValue());

    crm.contacts().delete(id);
    try {
      crm.contacts().get(id);
      out.println("Deleted, but still readable?");
    } catch (NotFoundException e) {
      out.println("Deleted: reading it now answers " + e.status());
    }
    crm.contacts().undoDelete(id);
    out.println("Undone: " + name(crm.contacts().get(id)) + " is back");

    // A delivery as OnePageCRM would POST it to a webhook's URL after the update above.
    String secret = OnePageCrmSandbox.WEBHOOK_SECRET;
    ObjectNode delivery = Json.mapper().createObjectNode()
        .put("timestamp", "1717171717").put("secretkey", secret).put("type", "contact").put("reason", "updated");
    delivery.putObject("data").set("contact", Json.mapper().valueToTree(updated));
    OnePageCrmWebhooks webhooks = new OnePageCrmWebhooks(secret);
    WebhookEvent event = webhooks.parse(delivery.toString());
    out.println("Webhook: " + event.type() + " " + event.reason() + " at " + event.timestamp() + ": "
        + event.contact().map(OnePageCrmExample::name).orElse("?"));
    delivery.put("secretkey", "guessed");
    try {
      webhooks.parse(delivery.toString());
      out.println("Webhook with a wrong secret accepted?");
    } catch (InvalidWebhookException e) {
      out.println("Webhook with a wrong secret refused: " + e.getMessage());
    }

    crm.contacts().delete(id);
    out.println("Cleaned up: contact " + id + " deleted");
  }

  private static String name(Contact c) {
    return c.getFirstName() + " " + c.getLastName();
  }
}
