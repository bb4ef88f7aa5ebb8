package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.Status;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.params.UpdateStatusParams;
import org.junit.jupiter.api.Test;

class PartialAndUndoTest extends OnePageCrmTestSupport {
  @Test
  void partialUpdateSendsOnlyGivenFields() {
    wm.stubFor(put(urlPathEqualTo("/api/v3/contacts/c1"))
        .willReturn(ok("{\"contact\":{\"id\":\"c1\",\"job_title\":\"CTO\"}}")));
    try (OnePageCrmClient crm = client()) {
      var answer = crm.contacts().updatePartially("c1", new ContactRequest().jobTitle("CTO"));
      assertThat(answer.getJobTitle()).isEqualTo("CTO");
    }
    wm.verify(putRequestedFor(urlPathEqualTo("/api/v3/contacts/c1"))
        .withQueryParam("partial", equalTo("true"))
        .withRequestBody(equalToJson("{\"job_title\":\"CTO\"}")));
  }

  @Test
  void aPartialUpdateMayLeaveRequiredFieldsOutButAFullOneMayNot() {
    wm.stubFor(put(urlPathEqualTo("/api/v3/statuses/s1"))
        .willReturn(ok("{\"status\":{\"id\":\"s1\",\"text\":\"Lead\",\"description\":\"New\"}}")));
    try (OnePageCrmClient crm = client()) {
      Status descriptionOnly = new Status().description("Qualified");
      crm.statuses().updateStatus("s1", descriptionOnly, UpdateStatusParams.builder().partial(true).build());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> crm.statuses().updateStatus("s1", descriptionOnly, UpdateStatusParams.builder().partial(false).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("text is required");
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> crm.statuses().updateStatus("s1", new Status().description("x".repeat(40)), UpdateStatusParams.builder().partial(true).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("description must be");
    }
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/statuses/s1")));
    wm.verify(putRequestedFor(urlPathEqualTo("/api/v3/statuses/s1"))
        .withQueryParam("partial", equalTo("true"))
        .withRequestBody(equalToJson("{\"description\":\"Qualified\"}")));
  }

  @Test
  void undoDeleteRepeatsTheDeleteWithUndo() {
    wm.stubFor(delete(urlPathEqualTo("/api/v3/contacts/c1")).willReturn(ok("{}")));
    try (OnePageCrmClient crm = client()) {
      crm.contacts().undoDelete("c1");
    }
    wm.verify(deleteRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")).withQueryParam("undo", equalTo("true")));
  }

  @Test
  void partialDealUpdateSendsOnlyGivenFields() {
    wm.stubFor(put(urlPathEqualTo("/api/v3/deals/d1")).willReturn(ok("{\"deal\":{\"id\":\"d1\",\"amount\":250}}")));
    try (OnePageCrmClient crm = client()) {
      crm.deals().updatePartially("d1", new CreateDealRequest().amount(250f));
    }
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/deals/d1")));
    wm.verify(putRequestedFor(urlPathEqualTo("/api/v3/deals/d1"))
        .withQueryParam("partial", equalTo("true"))
        .withRequestBody(equalToJson("{\"amount\":250}")));
  }

  @Test
  void undoDeleteOfNotesActionsDealsCallsMeetings() {
    wm.stubFor(delete(anyUrl()).willReturn(ok("{}")));
    try (OnePageCrmClient crm = client()) {
      crm.notes().undoDelete("n1");
      crm.actions().undoDelete("a1");
      crm.deals().undoDelete("d1");
      crm.calls().undoDelete("k1");
      crm.meetings().undoDelete("m1");
    }
    for (String path : new String[] {"notes/n1", "actions/a1", "deals/d1", "calls/k1", "meetings/m1"}) {
      wm.verify(deleteRequestedFor(urlPathEqualTo("/api/v3/" + path)).withQueryParam("undo", equalTo("true")));
    }
  }
}
