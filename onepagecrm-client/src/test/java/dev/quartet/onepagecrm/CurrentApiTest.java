package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.Json;
import dev.quartet.onepagecrm.api.CompaniesApi;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.ContactPhone;
import dev.quartet.onepagecrm.model.Pipeline;
import dev.quartet.onepagecrm.model.User;
import dev.quartet.onepagecrm.model.AddContactPhotoRequest;
import dev.quartet.onepagecrm.model.AddContactPhotoResponse;
import dev.quartet.onepagecrm.model.AttachmentRename;
import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.CreatePredefinedItemRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.PredefinedActionGroup;
import dev.quartet.onepagecrm.model.PredefinedItem;
import dev.quartet.onepagecrm.model.PredefinedItemResponse;
import dev.quartet.onepagecrm.model.RenameAttachmentRequest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operations and changes of the vendor's current API (the vendor-update layer of the spec): each
 * call sends exactly the documented request and reads the documented answer (the spec's sample).
 */
class CurrentApiTest extends OnePageCrmTestSupport {
  @Test
  void unlinkPutsWithoutABodyAndAnswersTheAction() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("unlinkAction");
    wm.stubFor(put(urlPathEqualTo("/api/v3/actions/a1/unlink")).willReturn(json(doc.status(), doc.json())));
    Action action;
    try (OnePageCrmClient crm = client()) {
      action = crm.actions().unlink("a1");
    }
    JsonNode documented = doc.data().get("action");
    assertThat(documented.has("externally_controlled")).isTrue();
    assertThat(action).isEqualTo(Json.mapper().treeToValue(documented, Action.class));
    assertThat(action.getId()).isEqualTo(documented.get("id").asText());
    assertThat(action.getExternallyControlled()).isEqualTo(documented.get("externally_controlled").asBoolean());
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/actions/a1/unlink")));
    assertThat(wm.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getBodyAsString()).isEmpty());
  }

  @Test
  void listsPredefinedActionGroups() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("listPredefinedActionGroups");
    wm.stubFor(get(urlPathEqualTo("/api/v3/predefined_action_groups")).willReturn(json(doc.status(), doc.json())));
    List<PredefinedActionGroup> groups;
    try (OnePageCrmClient crm = client()) {
      groups = crm.predefinedActionGroups().list();
    }
    JsonNode documented = doc.data().get("predefined_action_groups").get(0).get("predefined_action_group");
    assertThat(groups).containsExactly(Json.mapper().treeToValue(documented, PredefinedActionGroup.class));
    assertThat(groups.get(0).getText()).isEqualTo(documented.get("text").asText());
    assertThat(groups.get(0).getActionIds()).containsExactly(documented.get("action_ids").get(0).asText());
    assertThat(groups.get(0).getPosition()).isEqualTo(documented.get("position").asInt());
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/predefined_action_groups")));
  }

  @Test
  void createsAPredefinedActionGroupWith201() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("createPredefinedActionGroup");
    assertThat(doc.status()).isEqualTo(201);
    wm.stubFor(post(urlPathEqualTo("/api/v3/predefined_action_groups")).willReturn(json(201, doc.json())));
    PredefinedActionGroup made;
    try (OnePageCrmClient crm = client()) {
      made = crm.predefinedActionGroups().create(new CreatePredefinedActionGroupRequest()
          .text("Onboarding").position(2).actionIds(List.of("p1", "p2")));
    }
    assertThat(made.getId()).isEqualTo(doc.data().get("predefined_action_group").get("id").asText());
    wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/predefined_action_groups"))
        .withRequestBody(equalToJson("{\"text\":\"Onboarding\",\"position\":2,\"action_ids\":[\"p1\",\"p2\"]}", false, false)));
  }

  @Test
  void getsUpdatesAndDeletesAPredefinedActionGroup() throws Exception {
    String one = "/api/v3/predefined_action_groups/g1";
    DocumentedAnswer got = DocumentedAnswer.of("getPredefinedActionGroup");
    DocumentedAnswer updated = DocumentedAnswer.of("updatePredefinedActionGroup");
    wm.stubFor(get(urlPathEqualTo(one)).willReturn(json(got.status(), got.json())));
    wm.stubFor(put(urlPathEqualTo(one)).willReturn(json(updated.status(), updated.json())));
    wm.stubFor(delete(urlPathEqualTo(one)).willReturn(ok("{}")));
    PredefinedActionGroup group;
    PredefinedActionGroup changed;
    try (OnePageCrmClient crm = client()) {
      group = crm.predefinedActionGroups().get("g1");
      changed = crm.predefinedActionGroups().update("g1",
          new CreatePredefinedActionGroupRequest().text("Renewal").actionIds(List.of("p3")));
      crm.predefinedActionGroups().delete("g1");
    }
    assertThat(group).isEqualTo(Json.mapper().treeToValue(got.data().get("predefined_action_group"),
        PredefinedActionGroup.class));
    assertThat(changed.getText()).isEqualTo(updated.data().get("predefined_action_group").get("text").asText());
    wm.verify(1, getRequestedFor(urlPathEqualTo(one)));
    wm.verify(1, putRequestedFor(urlPathEqualTo(one)).withQueryParam("partial", absent())
        .withRequestBody(equalToJson("{\"text\":\"Renewal\",\"action_ids\":[\"p3\"]}")));
    wm.verify(1, deleteRequestedFor(urlPathEqualTo(one)));
  }

  @Test
  void contactPhotoUpdateAndRemovalAnswer200() throws Exception {
    for (String opId : List.of("updateContactPhoto", "deleteContactPhoto")) {
      assertThat(DocumentedAnswer.of(opId).status()).as(opId).isEqualTo(200);
    }
    DocumentedAnswer doc = DocumentedAnswer.of("updateContactPhoto");
    String path = "/api/v3/contacts/c1/contact_photo";
    wm.stubFor(put(urlPathEqualTo(path)).willReturn(json(200, doc.json())));
    wm.stubFor(delete(urlPathEqualTo(path)).willReturn(json(200, doc.json())));
    AddContactPhotoResponse updated;
    AddContactPhotoResponse removed;
    try (OnePageCrmClient crm = client()) {
      updated = crm.contacts().api().updateContactPhoto("c1", new AddContactPhotoRequest().image("aGVsbG8="));
      removed = crm.contacts().api().deleteContactPhoto("c1");
    }
    String id = doc.data().get("contact").get("id").asText();
    assertThat(updated.getData().getContact().getId()).isEqualTo(id);
    assertThat(removed.getData().getContact().getId()).isEqualTo(id);
    wm.verify(1, putRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"image\":\"aGVsbG8=\"}")));
    wm.verify(1, deleteRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void updatingAPredefinedItemAnswersThePredefinedItem() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("updatePredefinedItem");
    JsonNode documented = doc.data().get("predefined_item");
    assertThat(documented.has("price")).isTrue();
    wm.stubFor(put(urlPathEqualTo("/api/v3/predefined_items/i1")).willReturn(json(doc.status(), doc.json())));
    PredefinedItemResponse answer;
    try (OnePageCrmClient crm = client()) {
      answer = crm.predefinedItems().updatePredefinedItem("i1",
          Json.mapper().treeToValue(documented, CreatePredefinedItemRequest.class));
    }
    PredefinedItem item = answer.getData().getPredefinedItem();
    assertThat(item).isEqualTo(Json.mapper().treeToValue(documented, PredefinedItem.class));
    assertThat(item.getName()).isEqualTo(documented.get("name").asText());
  }

  @Test
  void renamingAnAttachmentRequiresItsCustomFilename() {
    try (OnePageCrmClient crm = client()) {
      assertThatThrownBy(() -> crm.attachments().api().renameAttachment("f1",
          new RenameAttachmentRequest().attachment(new AttachmentRename())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachment.custom_filename");
      assertThatThrownBy(() -> crm.attachments().api().renameAttachment("f1", new RenameAttachmentRequest()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachment");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void companyLogoIsChangedNotPosted() {
    List<String> methods = Arrays.stream(CompaniesApi.class.getMethods()).map(Method::getName).toList();
    assertThat(methods).contains("updateCompanyLogo", "deleteCompanyLogo").doesNotContain("createCompanyLogo");
  }

  @Test
  void pipelinesSayWhichIsTheDefault() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("getPipeline");
    JsonNode documented = doc.data().get("pipeline");
    assertThat(documented.has("default")).isTrue();
    wm.stubFor(get(urlPathEqualTo("/api/v3/pipelines/p1")).willReturn(json(doc.status(), doc.json())));
    Pipeline pipeline;
    try (OnePageCrmClient crm = client()) {
      pipeline = crm.pipelines().getPipeline("p1").getData().getPipeline();
    }
    assertThat(pipeline.getDefault()).isEqualTo(documented.get("default").asBoolean());
    assertThat(Json.mapper().valueToTree(pipeline).get("default")).isEqualTo(documented.get("default"));
  }

  @Test
  void enumsFollowTheCurrentLists() {
    assertThat(User.AccountRightsEnum.known()).extracting(User.AccountRightsEnum::value).containsExactly(
        "account_owner", "admin", "activity", "create_report", "edit_target", "deal_items", "delete_contacts",
        "delete_deals", "pipeline", "export", "private_contacts", "bulk_status", "bulk_owner",
        "save_to_google_contacts", "download_contact_vcard", "emails_full_sync", "manage_autoflows", "webforms");
    assertThat(Call.ViaEnum.known()).extracting(Call.ViaEnum::value).containsExactly("unknown", "jabber", "talkdesk",
        "phone");
    assertThat(ContactPhone.TypeEnum.known()).extracting(ContactPhone.TypeEnum::value).doesNotContain("skype")
        .contains("work", "mobile", "company", "other");
    // an old answer still reads: the value is kept, just not known any more
    assertThat(Call.ViaEnum.of("skype").isKnown()).isFalse();
    assertThat(Call.ViaEnum.of("skype").value()).isEqualTo("skype");
  }

  @Test
  void dealsCarryTheirOwnerAndLinkedContacts() throws Exception {
    DocumentedAnswer doc = DocumentedAnswer.of("getDeal");
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals/d1")).willReturn(json(doc.status(), doc.json())));
    Deal deal;
    try (OnePageCrmClient crm = client()) {
      deal = crm.deals().get("d1");
    }
    JsonNode documented = doc.data().get("deal");
    assertThat(deal.getOwner().getName()).isEqualTo(documented.get("owner").get("name").asText());
    assertThat(deal.getContactInfo().getContactName()).isEqualTo(documented.get("contact_info").get("contact_name").asText());
    assertThat(deal.getLinkedContacts()).singleElement()
        .satisfies(c -> assertThat(c.getContactName())
            .isEqualTo(documented.get("linked_contacts").get(0).get("contact_name").asText()));
  }
}
