package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.Json;
import dev.quartet.onepagecrm.model.Attachment;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.model.ListDealsResponseItem;
import dev.quartet.onepagecrm.model.Note;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code fields=} on the contact and deal listings: a typed set in, typed related lists out. */
class ListFieldsTest extends OnePageCrmTestSupport {
  @Test
  void contactListingAsksForTheRelatedRecordsInDeclarationOrder() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("listContacts");
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(json(doc.status(), doc.json())));
    List<ListContactsResponseItem> items;
    try (OnePageCrmClient crm = client()) {
      Set<ContactListField> asked = Set.of(ContactListField.PINNED_ATTACHMENTS, ContactListField.DEALS,
          ContactListField.NOTES);
      items = crm.contacts().page(1, 20, asked).getData().getContacts();
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts"))
        .withQueryParam("fields", equalTo("deals(all),notes(all),pinned_attachments(all)"))
        .withQueryParam("page", equalTo("1")).withQueryParam("per_page", equalTo("20")));
    JsonNode documented = doc.data().get("contacts").get(0);
    ListContactsResponseItem item = items.get(0);
    assertThat(item.getContact().getId()).isEqualTo(documented.get("contact").get("id").asText());
    assertThat(item.getDeals()).containsExactly(Json.mapper().treeToValue(documented.get("deals").get(0), Deal.class));
    assertThat(item.getNotes()).containsExactly(Json.mapper().treeToValue(documented.get("notes").get(0), Note.class));
    assertThat(item.getPinnedAttachments())
        .containsExactly(Json.mapper().treeToValue(documented.get("pinned_attachments").get(0), Attachment.class));
    assertThat(item.getDeals().get(0).getId()).isEqualTo(documented.get("deals").get(0).get("id").asText());
  }

  @Test
  void everyContactFieldIsAResourceOfTheSpec() {
    String description = SpecOperations.load().stream().filter(o -> o.operationId().equals("listContacts"))
        .findFirst().orElseThrow().node().toString();
    for (ContactListField f : ContactListField.values()) {
      assertThat(description).contains(f.resource());
    }
    assertThat(ContactListField.query(EnumSet.allOf(ContactListField.class)))
        .isEqualTo("deals(all),notes(all),calls(all),meetings(all),pinned_attachments(all)");
    assertThat(DealListField.query(EnumSet.of(DealListField.CONTACTS))).isEqualTo("contacts(all)");
  }

  @Test
  void withoutFieldsNoneIsSent() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok("{\"contacts\":[],\"total_count\":0}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals")).willReturn(ok("{\"deals\":[],\"total_count\":0}")));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.contacts().listAll(10, EnumSet.noneOf(ContactListField.class)).stream().count()).isZero();
      assertThat(crm.contacts().listAll().stream().count()).isZero();
      assertThat(crm.deals().listAll(10, (java.util.Set<DealListField>) null).stream().count()).isZero();
      assertThat(crm.deals().listAll().stream().count()).isZero();
    }
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("fields", absent()));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/deals")).withQueryParam("fields", absent()));
  }

  @Test
  void aNullFieldIsRefusedBeforeSending() {
    Set<ContactListField> withNull = new HashSet<>(Arrays.asList(ContactListField.DEALS, null));
    Set<DealListField> dealNull = new HashSet<>(Arrays.asList((DealListField) null));
    try (OnePageCrmClient crm = client()) {
      assertThatThrownBy(() -> crm.contacts().listAll(10, withNull))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
      assertThatThrownBy(() -> crm.contacts().page(1, 10, withNull))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
      assertThatThrownBy(() -> crm.deals().listAll(10, dealNull))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void dealListingWithContactsWalksEveryPage() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("listDeals");
    JsonNode documented = doc.data().get("deals").get(0);
    String page = "{\"deals\":[" + documented + "],\"page\":%d,\"max_page\":2,\"total_count\":2}";
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals")).withQueryParam("page", equalTo("1"))
        .willReturn(ok(String.format(page, 1))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals")).withQueryParam("page", equalTo("2"))
        .willReturn(ok(String.format(page, 2))));
    List<ListDealsResponseItem> items;
    try (OnePageCrmClient crm = client()) {
      items = crm.deals().listAll(50, EnumSet.of(DealListField.CONTACTS)).stream().toList();
    }
    assertThat(items).hasSize(2);
    Contact contact = items.get(0).getContacts().get(0);
    assertThat(contact).isEqualTo(Json.mapper().treeToValue(documented.get("contacts").get(0), Contact.class));
    assertThat(items.get(1).getDeal().getId()).isEqualTo(documented.get("deal").get("id").asText());
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/deals")).withQueryParam("fields", equalTo("contacts(all)"))
        .withQueryParam("per_page", equalTo("50")));
  }
}
