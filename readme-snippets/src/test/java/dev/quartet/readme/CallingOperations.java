package dev.quartet.readme;

import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.ApiException;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactSortBy;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.SortOrder;
import dev.quartet.onepagecrm.params.ListContactsParams;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

class CallingOperations {
  void run(OnePageCrmClient crm, String contactId) {
    // readme:begin
    ListContactsParams recent = ListContactsParams.builder()          // every optional argument has a name
        .search("ada").sortBy(ContactSortBy.LAST_NAME).order(SortOrder.ASC)
        .modifiedSince(Instant.parse("2026-11-01T00:00:00Z"))
        .perPage(50).build();                                         // checked here: perPage(500) throws
    ListContactsResponse page = crm.contacts().api().listContacts(recent);

    ApiResponse<Contact> full = crm.contacts().getWithResponse(contactId);   // + status, headers, request id
    System.out.println(full.status() + " " + full.requestId() + " " + full.body().getLastName());

    CompletableFuture<Contact> later = crm.contacts().getAsync(contactId);   // cancel() cancels the HTTP call

    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build();
    try {
      Contact now = crm.contacts().get(contactId, quick);                    // options last, on any call
    } catch (ApiException e) {
      System.out.println(e.status() + " " + e.requestId());                  // the message ends with the id too
    }

    crm.contacts().listAllAsync().limit(1_000)                               // pages without a blocked thread
        .forEachWhile(item -> !"Babbage".equals(item.getContact().getLastName()))
        .join();
    // readme:end
  }
}
