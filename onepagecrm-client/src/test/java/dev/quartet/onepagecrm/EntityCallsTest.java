package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.Company;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateActionRequest;
import dev.quartet.onepagecrm.model.CreateCallRequest;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.Note;
import dev.quartet.onepagecrm.model.UpdateCompanyRequest;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The short calls send the same request as the generated ones and hand back the entity out of the envelope. */
class EntityCallsTest extends OnePageCrmTestSupport {
  /** One resource's short calls, as functions so every resource runs through the same checks. */
  record Resource<B, T>(String plural, String singular, B body, String bodyJson, Function<String, T> get,
      Function<B, T> create, BiFunction<String, B, T> update, BiFunction<String, B, T> updatePartially,
      Consumer<String> delete, Consumer<String> undoDelete, Function<T, String> id) {}

  static String entity(String singular, String id) {
    return "{\"" + singular + "\":{\"id\":\"" + id + "\",\"text\":\"t\",\"name\":\"n\"}}";
  }

  /** Each stub answers with a different id, so the id shows which request was made. */
  static void stub(String plural, String singular) {
    String one = "/api/v3/" + plural + "/x1";
    wm.stubFor(get(urlPathEqualTo(one)).willReturn(ok(entity(singular, "got"))));
    wm.stubFor(post(urlPathEqualTo("/api/v3/" + plural)).willReturn(ok(entity(singular, "made"))));
    wm.stubFor(put(urlPathEqualTo(one)).withQueryParam("partial", absent()).willReturn(ok(entity(singular, "full"))));
    wm.stubFor(put(urlPathEqualTo(one)).withQueryParam("partial", equalTo("true"))
        .willReturn(ok(entity(singular, "partial"))));
    wm.stubFor(delete(urlPathEqualTo(one)).willReturn(ok("{}")));
  }

  <B, T> void check(Resource<B, T> c, boolean creates, boolean deletes) {
    stub(c.plural(), c.singular());
    assertThat(c.id().apply(c.get().apply("x1"))).isEqualTo("got");
    if (creates) {
      assertThat(c.id().apply(c.create().apply(c.body()))).isEqualTo("made");
    }
    assertThat(c.id().apply(c.update().apply("x1", c.body()))).isEqualTo("full");
    assertThat(c.id().apply(c.updatePartially().apply("x1", c.body()))).isEqualTo("partial");
    if (deletes) {
      c.delete().accept("x1");
      c.undoDelete().accept("x1");
    }

    String base = "/api/v3/" + c.plural();
    wm.verify(1, getRequestedFor(urlPathEqualTo(base + "/x1")));
    wm.verify(creates ? 1 : 0, postRequestedFor(urlPathEqualTo(base)).withRequestBody(equalToJson(c.bodyJson())));
    wm.verify(1, putRequestedFor(urlPathEqualTo(base + "/x1")).withQueryParam("partial", absent())
        .withRequestBody(equalToJson(c.bodyJson())));
    wm.verify(1, putRequestedFor(urlPathEqualTo(base + "/x1")).withQueryParam("partial", equalTo("true"))
        .withRequestBody(equalToJson(c.bodyJson())));
    wm.verify(deletes ? 1 : 0, deleteRequestedFor(urlPathEqualTo(base + "/x1")).withQueryParam("undo", absent()));
    wm.verify(deletes ? 1 : 0, deleteRequestedFor(urlPathEqualTo(base + "/x1")).withQueryParam("undo", equalTo("true")));
    assertThat(wm.getAllServeEvents()).hasSize(creates && deletes ? 6 : 3);
  }

  @Test
  void contacts() {
    try (OnePageCrmClient crm = client()) {
      Contacts r = crm.contacts();
      check(new Resource<>("contacts", "contact", new ContactRequest().firstName("Ada"), "{\"first_name\":\"Ada\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Contact::getId), true, true);
    }
  }

  @Test
  void companiesHaveNoCreateOrDelete() {
    try (OnePageCrmClient crm = client()) {
      Companies r = crm.companies();
      check(new Resource<>("companies", "company", new UpdateCompanyRequest().name("Acme"), "{\"name\":\"Acme\"}",
          r::get, null, r::update, r::updatePartially, null, null, Company::getId), false, false);
    }
  }

  @Test
  void deals() {
    try (OnePageCrmClient crm = client()) {
      Deals r = crm.deals();
      check(new Resource<>("deals", "deal", new CreateDealRequest().name("Engine"), "{\"name\":\"Engine\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Deal::getId), true, true);
    }
  }

  @Test
  void notes() {
    try (OnePageCrmClient crm = client()) {
      Notes r = crm.notes();
      check(new Resource<>("notes", "note", new CreateNoteRequest().text("Met"), "{\"text\":\"Met\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Note::getId), true, true);
    }
  }

  @Test
  void actions() {
    try (OnePageCrmClient crm = client()) {
      Actions r = crm.actions();
      check(new Resource<>("actions", "action", new CreateActionRequest().text("Call back"), "{\"text\":\"Call back\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Action::getId), true, true);
    }
  }

  @Test
  void calls() {
    try (OnePageCrmClient crm = client()) {
      Calls r = crm.calls();
      check(new Resource<>("calls", "call", new CreateCallRequest().text("Rang"), "{\"text\":\"Rang\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Call::getId), true, true);
    }
  }

  @Test
  void meetings() {
    try (OnePageCrmClient crm = client()) {
      Meetings r = crm.meetings();
      check(new Resource<>("meetings", "meeting", new CreateMeetingRequest().text("Lunch"), "{\"text\":\"Lunch\"}",
          r::get, r::create, r::update, r::updatePartially, r::delete, r::undoDelete, Meeting::getId), true, true);
    }
  }

  @Test
  void markDoneHandsBackTheAction() {
    wm.stubFor(put(urlPathEqualTo("/api/v3/actions/a1/mark_as_done")).willReturn(ok(entity("action", "a1"))));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.actions().markDone("a1").getText()).isEqualTo("t");
    }
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v3/actions/a1/mark_as_done")));
  }

  @Test
  void theEnvelopeStaysReachable() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals/d1")).willReturn(ok(entity("deal", "d1"))));
    try (OnePageCrmClient crm = client()) {
      var answer = crm.deals().api().getDealWithResponse("d1");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().getStatus()).isZero();
      assertThat(answer.body().getMessage()).isEqualTo("OK");
      assertThat(answer.body().getTimestamp()).isEqualTo(1528373119L);
      assertThat(answer.body().getData().getDeal()).isEqualTo(crm.deals().get("d1"));
    }
  }

  @Test
  void anAnswerWithoutDataGivesNull() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/notes/n1")).willReturn(ok("null")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/notes/n2")).willReturn(ok("{}")));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.notes().get("n1")).isNull();
      assertThat(crm.notes().get("n2")).isNull();
    }
  }
}
