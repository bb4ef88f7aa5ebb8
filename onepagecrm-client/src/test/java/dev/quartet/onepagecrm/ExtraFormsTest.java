package dev.quartet.onepagecrm;

import dev.quartet.onepagecrm.params.ListContactsParams;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.LinkedContact;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The three forms and options of the entity-specific calls: action extras, pages, related lists, groups, uploads. */
class ExtraFormsTest extends OnePageCrmTestSupport {
  private static final long WAIT = 5;

  static String action(String id) {
    return "{\"action\":{\"id\":\"" + id + "\",\"text\":\"t\"}}";
  }

  @Test
  void markDoneAndUnlinkComeInThreeForms() throws Exception {
    wm.stubFor(put(urlPathEqualTo("/api/v3/actions/a1/mark_as_done"))
        .willReturn(ok(action("a1")).withHeader("X-Served-By", "wm")));
    wm.stubFor(put(urlPathEqualTo("/api/v3/actions/a1/unlink")).willReturn(ok(action("a1"))));
    try (OnePageCrmClient crm = client()) {
      var done = crm.actions().markDoneWithResponse("a1");
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.header("X-Served-By")).isEqualTo("wm");
      assertThat(crm.actions().markDoneAsync("a1", Forms.TRACE).get(WAIT, TimeUnit.SECONDS)).isEqualTo(done.body());
      assertThat(crm.actions().unlinkAsync("a1").get(WAIT, TimeUnit.SECONDS)).isEqualTo(crm.actions().unlink("a1"));
      assertThat(crm.actions().unlinkWithResponse("a1", Forms.TRACE).body().getId()).isEqualTo("a1");
    }
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/actions/a1/mark_as_done")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/actions/a1/unlink")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void aContactPageComesInThreeForms() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok(PagingTest.page(0, 2, 2, 1, 10, 1))
        .withHeader("X-Served-By", "wm")));
    try (OnePageCrmClient crm = client()) {
      var page = crm.contacts().pageWithResponse(1, 10, EnumSet.of(ContactListField.DEALS));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.header("X-Served-By")).isEqualTo("wm");
      assertThat(crm.contacts().listAsync(ListContactsParams.builder().page(1).perPage(10).build(), Forms.TRACE).get(WAIT, TimeUnit.SECONDS)).isEqualTo(page.body());
      assertThat(crm.contacts().list(ListContactsParams.builder().page(1).perPage(10).build()).getData().getTotalCount()).isEqualTo(2);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("fields", equalTo("deals(all)")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void aDealPageAndTheRelatedFieldsWalkComeInEveryForm() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals")).willReturn(ok("{\"deals\":[{\"deal\":{\"id\":\"d1\"},"
        + "\"contacts\":[{\"id\":\"c1\"}]}],\"page\":1,\"max_page\":1,\"total_count\":1}")));
    try (OnePageCrmClient crm = client()) {
      var fields = EnumSet.of(DealListField.CONTACTS);
      var page = crm.deals().pageWithResponse(1, 10, fields, Forms.TRACE);
      assertThat(page.status()).isEqualTo(200);
      assertThat(crm.deals().pageAsync(1, 10, fields).get(WAIT, TimeUnit.SECONDS)).isEqualTo(page.body());
      var blocking = crm.deals().listAll(10, fields).stream().toList();
      assertThat(blocking).hasSize(1);
      assertThat(crm.deals().listAllAsync(10, fields, Forms.TRACE).toList().get(WAIT, TimeUnit.SECONDS))
          .isEqualTo(blocking);
    }
    wm.verify(4, getRequestedFor(urlPathEqualTo("/api/v3/deals")).withQueryParam("fields", equalTo("contacts(all)")));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/deals")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void relatedListsAndLinkedContactsWalkBothWays() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1/deals"))
        .willReturn(ok("{\"deals\":[{\"deal\":{\"id\":\"d0\"}},{\"deal\":{\"id\":\"d1\"}}],\"max_page\":1}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/companies/k1/linked_contacts")).willReturn(ok(
        "{\"linked_contacts\":[{\"linked_contact\":{\"contact_id\":\"c1\"}}],\"max_page\":1}")));
    try (OnePageCrmClient crm = client()) {
      List<Deal> deals = crm.contacts().related("c1").listAllDeals().stream().toList();
      assertThat(deals).extracting(Deal::getId).containsExactly("d0", "d1");
      assertThat(crm.contacts().related("c1").listAllDealsAsync(Forms.TRACE).toList().get(WAIT, TimeUnit.SECONDS))
          .isEqualTo(deals);
      assertThat(crm.contacts().related("c1").listAllDealsAsync().limit(1).toList().get(WAIT, TimeUnit.SECONDS))
          .isEqualTo(deals.subList(0, 1));
      List<LinkedContact> linked = crm.companies().listAllLinkedContacts("k1").stream().toList();
      assertThat(linked).hasSize(1);
      assertThat(crm.companies().listAllLinkedContactsAsync("k1", Forms.TRACE).toList().get(WAIT, TimeUnit.SECONDS))
          .isEqualTo(linked);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1/deals")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/companies/k1/linked_contacts"))
        .withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void predefinedActionGroupsComeInThreeForms() throws Exception {
    String group = "{\"predefined_action_group\":{\"id\":\"g1\",\"text\":\"Onboarding\"}}";
    wm.stubFor(get(urlPathEqualTo("/api/v3/predefined_action_groups"))
        .willReturn(ok("{\"predefined_action_groups\":[" + group + "]}").withHeader("X-Served-By", "wm")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/predefined_action_groups/g1")).willReturn(ok(group)));
    wm.stubFor(post(urlPathEqualTo("/api/v3/predefined_action_groups")).willReturn(ok(group).withStatus(201)));
    wm.stubFor(put(urlPathEqualTo("/api/v3/predefined_action_groups/g1")).willReturn(ok(group)));
    wm.stubFor(delete(urlPathEqualTo("/api/v3/predefined_action_groups/g1")).willReturn(aResponse().withStatus(204)));
    try (OnePageCrmClient crm = client()) {
      PredefinedActionGroups groups = crm.predefinedActionGroups();
      var listed = groups.listWithResponse();
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.header("X-Served-By")).isEqualTo("wm");
      assertThat(groups.listAsync(Forms.TRACE).get(WAIT, TimeUnit.SECONDS)).isEqualTo(listed.body()).hasSize(1);
      assertThat(groups.getAsync("g1").get(WAIT, TimeUnit.SECONDS)).isEqualTo(groups.get("g1", Forms.TRACE));
      var body = new CreatePredefinedActionGroupRequest().text("Onboarding").position(1).actionIds(List.of("p1"));
      assertThat(groups.createWithResponse(body).status()).isEqualTo(201);
      assertThat(groups.updateAsync("g1", body).get(WAIT, TimeUnit.SECONDS).getText()).isEqualTo("Onboarding");
      assertThat(groups.deleteWithResponse("g1").status()).isEqualTo(204);
      assertThat(groups.deleteAsync("g1", Forms.TRACE).get(WAIT, TimeUnit.SECONDS)).isNull();
    }
    wm.verify(3, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v3/predefined_action_groups.*"))
        .withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void predefinedActionGroupCancellationReachesTheCall() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/predefined_action_groups/slow"))
        .willReturn(ok("{}").withFixedDelay(3_000)));
    OkHttpClient mine = new OkHttpClient();
    try (OnePageCrmClient crm = clientBuilder().httpClient(mine).build()) {
      Forms.cancelReachesTheCall(wm, mine, () -> crm.predefinedActionGroups().getAsync("slow"));
    }
  }

  private void stubUpload(int s3DelayMillis) {
    wm.stubFor(get(urlPathEqualTo("/api/v3/attachments/s3_form")).willReturn(ok(
        "{\"url\":\"" + wm.baseUrl() + "/s3-bucket/\",\"fields\":{\"key\":\"\",\"acl\":\"private\"}}")));
    wm.stubFor(post(urlEqualTo("/s3-bucket/")).willReturn(aResponse().withStatus(201).withFixedDelay(s3DelayMillis)));
    wm.stubFor(post(urlPathEqualTo("/api/v3/deals/d1/attachments")).willReturn(json(201,
        "{\"status\":0,\"message\":\"OK\",\"timestamp\":1,\"data\":{\"attachment\":{\"id\":\"att1\"}}}")
        .withHeader("X-Served-By", "wm")));
  }

  private static FileUpload file() {
    return FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "quote.pdf", "application/pdf");
  }

  @Test
  void uploadComesInThreeFormsAndOptionsStayOffS3() throws Exception {
    stubUpload(0);
    try (OnePageCrmClient crm = client()) {
      var linked = crm.attachments().uploadWithResponse("c1", AttachmentTarget.deal("d1"), file(), Forms.TRACE);
      assertThat(linked.status()).isEqualTo(201);
      assertThat(linked.header("X-Served-By")).isEqualTo("wm");
      assertThat(crm.attachments().uploadAsync("c1", AttachmentTarget.deal("d1"), file()).get(WAIT, TimeUnit.SECONDS))
          .isEqualTo(linked.body());
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/attachments/s3_form")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/deals/d1/attachments")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(0, postRequestedFor(urlEqualTo("/s3-bucket/")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(2, postRequestedFor(urlEqualTo("/s3-bucket/")));
  }

  @Test
  void cancellingAnUploadCancelsTheS3RequestAndLinksNothing() throws Exception {
    stubUpload(3_000);
    OkHttpClient mine = new OkHttpClient();
    try (OnePageCrmClient crm = clientBuilder().httpClient(mine).build()) {
      Forms.cancelReachesTheCall(wm, mine, () -> {
        var upload = crm.attachments().uploadAsync("c1", AttachmentTarget.deal("d1"), file());
        try {
          // let the form arrive so the S3 request is the one in flight
          Forms.await(() -> !wm.findAll(postRequestedFor(urlEqualTo("/s3-bucket/"))).isEmpty()
              || mine.dispatcher().runningCallsCount() == 1 && wm.findAll(getRequestedFor(
                  urlPathEqualTo("/api/v3/attachments/s3_form"))).size() == 1);
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        return upload;
      });
      Thread.sleep(200);
    }
    wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/deals/d1/attachments")));
  }
}
