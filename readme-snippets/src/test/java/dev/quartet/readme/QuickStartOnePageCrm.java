package dev.quartet.readme;

import dev.quartet.onepagecrm.AttachmentTarget;
import dev.quartet.onepagecrm.FileUpload;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.Region;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import java.nio.file.Path;

class QuickStartOnePageCrm {
  void run() {
    // readme:begin
    try (OnePageCrmClient crm = OnePageCrmClient.builder()
            .userId(System.getenv("ONEPAGECRM_USER_ID"))     // Basic-auth user name
            .apiKey(System.getenv("ONEPAGECRM_API_KEY"))     // Basic-auth password
            .region(Region.EU)                               // optional; or .baseUrl(...)
            .rateLimit(5, 10)                                // optional: 5 requests/s, bursts of 10
            .build()) {                                      // or OnePageCrmClient.builder().fromEnv()...
      Contact c = crm.contacts().create(new ContactRequest().firstName("Ada").lastName("Lovelace"));
      Deal d = crm.deals().create(new CreateDealRequest().contactId(c.getId()).name("Engine").amount(1200f));
      for (ListContactsResponseItem item : crm.contacts().listAll()) {   // lazy; switches to the cascade past 10,000
        System.out.println(item.getContact().getLastName());
      }
      for (Deal deal : crm.deals().listAll()) {                          // lazy, 100 per request, stops at max_page
        System.out.println(deal.getName() + " " + deal.getAmount());
      }
      crm.contacts().updatePartially(c.getId(), new ContactRequest().jobTitle("Mathematician"));
      crm.contacts().delete(c.getId());
      crm.contacts().undoDelete(c.getId());
      crm.attachments().upload(c.getId(), AttachmentTarget.contact(c.getId()),
          FileUpload.of(Path.of("proposal.pdf"), "application/pdf"));     // S3 upload + link, 10 MB at most
    }
    // readme:end
  }
}
