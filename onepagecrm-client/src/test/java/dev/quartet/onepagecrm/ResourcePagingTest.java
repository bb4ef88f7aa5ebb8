package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.core.paging.Pager;
import dev.quartet.onepagecrm.model.Action;
import dev.quartet.onepagecrm.model.Call;
import dev.quartet.onepagecrm.model.Company;
import dev.quartet.onepagecrm.model.Deal;
import dev.quartet.onepagecrm.model.LinkedContact;
import dev.quartet.onepagecrm.model.Meeting;
import dev.quartet.onepagecrm.model.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** listAll() on every paged resource: lazy, page by page, unwrapped, stopping at max_page. */
class ResourcePagingTest extends OnePageCrmTestSupport {
  /** Page {@code page} of a listing of {@code plural}: items {@code <prefix>from..}, page fields as given. */
  static String page(String plural, String singular, int from, int count, Integer page, Integer maxPage) {
    String items = IntStream.range(from, from + count)
        .mapToObj(i -> "{\"" + singular + "\":{\"id\":\"" + singular.charAt(0) + i + "\"}}")
        .collect(Collectors.joining(",", "[", "]"));
    return "{\"" + plural + "\":" + items + ",\"total_count\":7,\"per_page\":3"
        + (page == null ? "" : ",\"page\":" + page) + (maxPage == null ? "" : ",\"max_page\":" + maxPage) + "}";
  }

  /** Three pages of 3, 3 and 1 items; a fourth page is stubbed too, to show it is never asked for. */
  static void stubThreePages(String plural, String singular) {
    for (int p = 1; p <= 4; p++) {
      wm.stubFor(get(urlPathEqualTo("/api/v3/" + plural)).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(ok(page(plural.substring(plural.lastIndexOf('/') + 1), singular, (p - 1) * 3, p == 3 ? 1 : 3, p, 3))));
    }
  }

  static List<String> pagesAsked() {
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    Collections.reverse(events); // the journal lists the newest first
    return events.stream().map(ServeEvent::getRequest)
        .map(r -> r.queryParameter("page").firstValue() + "/" + r.queryParameter("per_page").firstValue())
        .toList();
  }

  <T> void walksThreePages(String plural, String singular, Function<OnePageCrmClient, Pager<T>> listAll,
      Function<T, String> id) {
    stubThreePages(plural, singular);
    try (OnePageCrmClient crm = client()) {
      Pager<T> pager = listAll.apply(crm);
      assertThat(wm.getAllServeEvents()).as("nothing fetched before iteration").isEmpty();
      List<String> ids = pager.stream().map(id).toList();
      char c = singular.charAt(0);
      assertThat(ids).containsExactly(c + "0", c + "1", c + "2", c + "3", c + "4", c + "5", c + "6");
    }
    assertThat(pagesAsked()).containsExactly("1/3", "2/3", "3/3");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/" + plural)));
  }

  @Test
  void deals() {
    walksThreePages("deals", "deal", crm -> crm.deals().listAll(3), Deal::getId);
  }

  @Test
  void notes() {
    walksThreePages("notes", "note", crm -> crm.notes().listAll(3), Note::getId);
  }

  @Test
  void companies() {
    walksThreePages("companies", "company", crm -> crm.companies().listAll(3), Company::getId);
  }

  @Test
  void actions() {
    walksThreePages("actions", "action", crm -> crm.actions().listAll(3), Action::getId);
  }

  @Test
  void calls() {
    walksThreePages("calls", "call", crm -> crm.calls().listAll(3), Call::getId);
  }

  @Test
  void meetings() {
    walksThreePages("meetings", "meeting", crm -> crm.meetings().listAll(3), Meeting::getId);
  }

  @Test
  void stopsAtMaxPageEvenWhenThePageIsFull() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/deals")).willReturn(ok(page("deals", "deal", 0, 3, 1, 1))));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.deals().listAll(3).stream().count()).isEqualTo(3);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/deals")));
  }

  @Test
  void withoutMaxPageStopsAtAnEmptyPage() {
    for (int p = 1; p <= 3; p++) {
      wm.stubFor(get(urlPathEqualTo("/api/v3/notes")).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(ok(page("notes", "note", (p - 1) * 3, p == 3 ? 0 : 3, null, null))));
    }
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.notes().listAll(3).stream().map(Note::getId).toList())
          .containsExactly("n0", "n1", "n2", "n3", "n4", "n5");
    }
    assertThat(pagesAsked()).containsExactly("1/3", "2/3", "3/3");
  }

  @Test
  void defaultsToAHundredPerPageAndKeepsTheTotal() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/companies")).willReturn(ok(page("companies", "company", 0, 2, 1, 1))));
    try (OnePageCrmClient crm = client()) {
      var first = crm.companies().listAll().pages().iterator().next();
      assertThat(first.items()).hasSize(2);
      assertThat(first.total()).hasValue(7);
      assertThat(first.hasNext()).isFalse();
    }
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v3/companies")).withQueryParam("per_page", equalTo("100")));
  }

  @Test
  void limitDoesNotFetchFurtherPages() {
    stubThreePages("deals", "deal");
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.deals().listAll(3).limit(2).stream().map(Deal::getId).toList()).containsExactly("d0", "d1");
    }
    assertThat(pagesAsked()).containsExactly("1/3");
  }

  @Test
  void perPageOutOfRangeIsRefusedBeforeSending() {
    try (OnePageCrmClient crm = client()) {
      for (int bad : new int[] {0, 101}) {
        assertThatThrownBy(() -> crm.deals().listAll(bad)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("per_page");
        assertThatThrownBy(() -> crm.companies().listAll(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crm.meetings().listAll(bad)).isInstanceOf(IllegalArgumentException.class);
      }
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
  @Test
  void aContactsDealsWalkTheirOwnPath() {
    stubThreePages("contacts/c1/deals", "deal");
    try (OnePageCrmClient crm = client()) {
      var pager = crm.contacts().related("c1").listAllDeals();
      assertThat(wm.getAllServeEvents()).isEmpty();
      assertThat(pager.stream().map(Deal::getId).toList()).hasSize(7).startsWith("d0").endsWith("d6");
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1/deals")).withQueryParam("per_page", equalTo("100")));
  }

  @Test
  void everyParentListingUnwrapsItsItems() {
    String[][] lists = {{"contacts/c1/notes", "note"}, {"contacts/c1/actions", "action"}, {"contacts/c1/calls", "call"},
        {"contacts/c1/meetings", "meeting"}, {"companies/k1/deals", "deal"}, {"companies/k1/notes", "note"},
        {"companies/k1/actions", "action"}, {"companies/k1/calls", "call"}, {"companies/k1/meetings", "meeting"},
        {"companies/k1/linked_contacts", "linked_contact"}};
    for (String[] l : lists) {
      wm.stubFor(get(urlPathEqualTo("/api/v3/" + l[0])).willReturn(ok(page(l[0].substring(l[0].lastIndexOf('/') + 1),
          l[1], 0, 2, 1, 1))));
    }
    try (OnePageCrmClient crm = client()) {
      Contacts c = crm.contacts();
      Companies k = crm.companies();
      assertThat(c.related("c1").listAllNotes().stream().map(Note::getId)).containsExactly("n0", "n1");
      assertThat(c.related("c1").listAllActions().stream().map(Action::getId)).containsExactly("a0", "a1");
      assertThat(c.related("c1").listAllCalls().stream().map(Call::getId)).containsExactly("c0", "c1");
      assertThat(c.related("c1").listAllMeetings().stream().map(Meeting::getId)).containsExactly("m0", "m1");
      assertThat(k.related("k1").listAllDeals().stream().map(Deal::getId)).containsExactly("d0", "d1");
      assertThat(k.related("k1").listAllNotes().stream().map(Note::getId)).containsExactly("n0", "n1");
      assertThat(k.related("k1").listAllActions().stream().map(Action::getId)).containsExactly("a0", "a1");
      assertThat(k.related("k1").listAllCalls().stream().map(Call::getId)).containsExactly("c0", "c1");
      assertThat(k.related("k1").listAllMeetings().stream().map(Meeting::getId)).containsExactly("m0", "m1");
      assertThat(k.listAllLinkedContacts("k1").stream().map(LinkedContact::getAdditionalProperties).map(m -> m.get("id")))
          .containsExactly("l0", "l1");
    }
    for (String[] l : lists) {
      wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/" + l[0])));
    }
  }
}
