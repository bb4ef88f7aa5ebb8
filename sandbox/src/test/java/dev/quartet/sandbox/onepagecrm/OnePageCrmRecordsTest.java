package dev.quartet.sandbox.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.ConflictException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.onepagecrm.AttachmentTarget;
import dev.quartet.onepagecrm.FileUpload;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Attachment;
import dev.quartet.onepagecrm.model.AttachmentRename;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateCallRequest;
import dev.quartet.onepagecrm.model.CreateContactMeetingRequest;
import dev.quartet.onepagecrm.model.CreateContactRelationshipRequest;
import dev.quartet.onepagecrm.model.CreateContactRelationshipRequestRelatedContact;
import dev.quartet.onepagecrm.model.LinkContactRequest;
import dev.quartet.onepagecrm.params.DeleteContactRelationshipParams;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.RenameAttachmentRequest;
import dev.quartet.sandbox.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The records the sandbox keeps, through the client: what one call changes, the next one reads. */
class OnePageCrmRecordsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  private OnePageCrmClient crm;
  private String contactId;

  @BeforeEach
  void connect() {
    SANDBOX.sandbox().reset();
    OnePageCrmSandbox sandbox = SANDBOX.sandbox().onePageCrm();
    crm = OnePageCrmClient.builder().baseUrl(sandbox.baseUrl()).userId(sandbox.userId()).apiKey(sandbox.apiKey()).build();
    contactId = crm.contacts().create(new ContactRequest().firstName("Hedy").lastName("Lamarr")
        .companyName("Frequency Hopping")).getId();
  }

  @AfterEach
  void close() {
    crm.close();
    assertThat(SANDBOX.sandbox().unmatchedRequests()).isEmpty();
  }

  @Test
  void callsAreKeptUpdatedPartlyDeletedAndRestored() {
    Call call = crm.calls().create(new CreateCallRequest().contactId(contactId).text("Talked about torpedoes"));
    assertThat(crm.calls().get(call.getId()).getText()).isEqualTo("Talked about torpedoes");
    Call moved = crm.calls().updatePartially(call.getId(), new CreateCallRequest().phoneNumber("555-0100"));
    assertThat(moved.getText()).isEqualTo("Talked about torpedoes");
    assertThat(moved.getPhoneNumber()).isEqualTo("555-0100");
    assertThat(crm.contacts().related(contactId).listAllCalls().stream().map(Call::getId)).containsExactly(call.getId());
    crm.calls().delete(call.getId());
    assertThatThrownBy(() -> crm.calls().get(call.getId())).isInstanceOf(NotFoundException.class);
    crm.calls().undoDelete(call.getId());
    assertThat(crm.calls().get(call.getId()).getPhoneNumber()).isEqualTo("555-0100");
  }

  @Test
  void aContactsMeetingsAreListedUnderItAndUnderItsCompany() {
    Meeting meeting = crm.contacts().api().createContactMeeting(contactId,
        new CreateContactMeetingRequest().place("Vienna")).getData().getMeeting();
    assertThat(meeting.getContactId()).isEqualTo(contactId);
    String companyId = crm.contacts().get(contactId).getCompanyId();
    assertThat(crm.companies().api().getCompany(companyId).getData().getCompany().getName())
        .isEqualTo("Frequency Hopping");
    assertThat(crm.companies().api().listCompanyMeetings(companyId).getData().getMeetings())
        .extracting(item -> item.getMeeting().getPlace()).containsExactly("Vienna");
    // another company's contacts see none of it
    String other = crm.contacts().api().listContacts().getData().getContacts().get(0).getContact().getCompanyId();
    assertThat(crm.companies().api().listCompanyMeetings(other).getData().getMeetings()).isEmpty();
  }

  @Test
  void actionVerbsChangeTheActionAndTheControlledOneRefusesThem() {
    Action action = crm.actions().create(new dev.quartet.onepagecrm.model.CreateActionRequest().contactId(contactId)
        .assigneeId(OnePageCrmSandbox.USER_ID).text("Patent the idea"));
    assertThat(crm.contacts().api().getContact(contactId).getData().getNextAction().getId()).isEqualTo(action.getId());
    assertThat(crm.actions().markDone(action.getId()).getDone()).isTrue();
    assertThat(crm.contacts().api().getContact(contactId).getData().getNextActions()).isEmpty();
    assertThat(crm.actions().api().undoActionCompletion(action.getId()).getData().getAction().getDone()).isFalse();
    Action booked = crm.actions().listAll().stream().filter(a -> Boolean.TRUE.equals(a.getExternallyControlled()))
        .findFirst().orElseThrow();
    assertThatThrownBy(() -> crm.actions().markDone(booked.getId())).isInstanceOf(ConflictException.class);
    assertThat(crm.actions().api().unassignAction(booked.getId()).getData().getAction().getAssigneeId()).isNull();
  }

  @Test
  void contactVerbsAndBulkDeleteAreKept() {
    assertThat(crm.contacts().api().starContact(contactId).getData().getContact().getStarred()).isTrue();
    crm.contacts().api().assignContactTag(contactId, "inventor");
    assertThat(crm.contacts().get(contactId).getTags()).containsExactly("inventor");
    crm.contacts().api().unassignContactTag(contactId, "inventor");
    assertThat(crm.contacts().get(contactId).getTags()).isEmpty();
    crm.contacts().api().deleteContacts(contactId);
    assertThatThrownBy(() -> crm.contacts().get(contactId)).isInstanceOf(NotFoundException.class);
    crm.contacts().undoDelete(contactId);
    assertThat(crm.contacts().get(contactId).getStarred()).isTrue();
  }

  @Test
  void attachmentsAreRenamedPinnedAndListed() {
    String dealId = crm.deals().create(new CreateDealRequest().contactId(contactId).name("Spread spectrum")).getId();
    Attachment file = crm.attachments().upload(contactId, AttachmentTarget.deal(dealId),
        FileUpload.of("1942".getBytes(StandardCharsets.UTF_8), "patent.txt", "text/plain")).getData().getAttachment();
    var api = crm.attachments().api();
    assertThat(api.renameAttachment(file.getId(), new RenameAttachmentRequest()
        .attachment(new AttachmentRename().customFilename("US 2,292,387"))).getData().getCustomFilename())
        .isEqualTo("US 2,292,387");
    assertThat(crm.contacts().api().listContactPinnedAttachments(contactId).getData().getPinnedAttachments()).isEmpty();
    api.pinAttachment(file.getId());
    assertThat(crm.contacts().api().listContactPinnedAttachments(contactId).getData().getPinnedAttachments())
        .extracting(Attachment::getCustomFilename).containsExactly("US 2,292,387");
    api.deleteAttachment(file.getId());
    assertThat(crm.contacts().api().listContactPinnedAttachments(contactId).getData().getPinnedAttachments()).isEmpty();
  }

  @Test
  void theCascadeReadsEveryContactInBatchesOf100() {
    for (int i = 0; i < 120; i++) {
      crm.contacts().create(new ContactRequest().lastName("Batch " + i));
    }
    var first = crm.contacts().api().listContactsCascade().getData();
    assertThat(first.getContacts()).hasSize(100);
    assertThat(first.getItemsLeft()).isEqualTo(43);
    assertThat(crm.contacts().cascadeAll().stream().map(item -> item.getContact().getId()).distinct().count())
        .isEqualTo(143);
  }

  @Test
  void relationshipsAndLinkedContactsAreKept() {
    String other = crm.contacts().create(new ContactRequest().lastName("Antheil")).getId();
    var related = List.of(new CreateContactRelationshipRequestRelatedContact().contactId(contactId).variantId("v1"),
        new CreateContactRelationshipRequestRelatedContact().contactId(other).variantId("v1"));
    var api = crm.contacts().api();
    String id = api.createContactRelationship(contactId, new CreateContactRelationshipRequest()
        .relationshipTypeId("partner").relatedContacts(related)).getData().getRelationship().getId();
    assertThat(api.listContactRelationships(other).getData().getRelationships()).hasSize(1);
    api.deleteContactRelationship(contactId, id);
    assertThat(api.listContactRelationships(other).getData().getRelationships()).isEmpty();
    api.deleteContactRelationship(contactId, id, DeleteContactRelationshipParams.builder().undo(true).build());
    assertThat(api.getContactRelationship(other, id).getData().getRelationship().getRelationshipTypeId())
        .isEqualTo("partner");

    String companyId = crm.contacts().get(contactId).getCompanyId();
    crm.companies().api().linkContact(companyId, new LinkContactRequest().contactId(other));
    assertThat(crm.companies().api().listLinkedContacts(companyId).getData().getLinkedContacts())
        .extracting(item -> item.getLinkedContact().getContact().getId()).containsExactly(other);
    crm.companies().api().unlinkContact(companyId, other);
    assertThat(crm.companies().api().listLinkedContacts(companyId).getData().getLinkedContacts()).isEmpty();
  }

  @Test
  void predefinedActionGroupsAreKept() {
    var groups = crm.predefinedActionGroups();
    var made = groups.create(new CreatePredefinedActionGroupRequest().text("Follow-ups"));
    assertThat(made.getPosition()).isEqualTo(1);
    assertThat(groups.update(made.getId(), new CreatePredefinedActionGroupRequest().text("Chasers")).getText())
        .isEqualTo("Chasers");
    assertThat(groups.list()).extracting(g -> g.getText()).containsExactly("Chasers");
    groups.api().deletePredefinedActionGroup(made.getId());
    assertThat(groups.list()).isEmpty();
  }

  @Test
  void anOperationWithoutStateAnswersItsIdAndTheSpecsShape() {
    var status = crm.statuses().getStatus("5a00000000000000000000ff").getData().getStatus();
    assertThat(status.getId()).isEqualTo("5a00000000000000000000ff");
    assertThat(status.getText()).isNotBlank();
  }
}
