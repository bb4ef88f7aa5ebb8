package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest extends OnePageCrmTestSupport {
  static String contacts(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "{\"contact\":{\"id\":\"c" + i + "\"}}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  static String page(int from, int count, int total, int page, int perPage, int maxPage) {
    return "{\"contacts\":" + contacts(from, count) + ",\"total_count\":" + total + ",\"page\":" + page
        + ",\"per_page\":" + perPage + ",\"max_page\":" + maxPage + "}";
  }

  @Test
  void walksPagesLazily() {
    for (int p = 1; p <= 3; p++) {
      wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(ok(page((p - 1) * 2, p == 3 ? 1 : 2, 5, p, 2, 3))));
    }
    try (OnePageCrmClient crm = client()) {
      var pager = crm.contacts().listAll(2);
      assertThat(wm.getAllServeEvents()).isEmpty();
      List<String> ids = pager.stream().map(i -> i.getContact().getId()).toList();
      assertThat(ids).containsExactly("c0", "c1", "c2", "c3", "c4");
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("per_page", equalTo("2")));
  }

  @Test
  void theWalkDecodesEachContactOnlyWhenItIsReached() {
    // The second contact's "starred" is no boolean: a strict client refuses it, but only when the walk gets there.
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok("{\"contacts\":[{\"contact\":{\"id\":\"c0\"}},"
        + "{\"contact\":{\"id\":\"c1\",\"starred\":{\"no\":1}}}],\"total_count\":2,\"page\":1,\"per_page\":2,\"max_page\":1}")));
    try (OnePageCrmClient crm = clientBuilder().strictDecoding(true).build()) {
      Iterator<ListContactsResponseItem> walk = crm.contacts().listAll(2).iterator();
      assertThat(walk.next().getContact().getId()).isEqualTo("c0");
      assertThatThrownBy(walk::next).isInstanceOf(UnreadableResponseException.class);
    }
  }

  @Test
  void aNullContactStillCountsTowardsAFullPage() {
    // No max_page: a page as long as per_page means another may follow; the null element counts.
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("1"))
        .willReturn(ok("{\"contacts\":[{\"contact\":{\"id\":\"c0\"}},null],\"total_count\":3}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("2"))
        .willReturn(ok("{\"contacts\":[{\"contact\":{\"id\":\"c2\"}}],\"total_count\":3}")));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.contacts().listAll(2).stream().map(i -> i.getContact().getId()).toList()).containsExactly("c0", "c2");
    }
  }

  @Test
  void perPageAboveHundredIsRefusedBeforeSending() {
    try (OnePageCrmClient crm = client()) {
      assertThatThrownBy(() -> crm.contacts().listAll(101))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
      assertThatThrownBy(() -> crm.contacts().page(1, 500, Set.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void switchesToCascadeBeyondTenThousand() {
    // 100 pages of 100 reach the 10,000 limit; the rest come from the cascade endpoints
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok(page(0, 100, 10_150, 1, 100, 102))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("100"))
        .willReturn(ok(page(9_900, 100, 10_150, 100, 100, 102))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade/c9999"))
        .willReturn(ok("{\"contacts\":" + contacts(10_000, 100) + ",\"items_left\":50,\"next_set_url\":\"/contacts/cascade/c10099\"}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade/c10099"))
        .willReturn(ok("{\"contacts\":" + contacts(10_100, 50) + ",\"items_left\":0}")));
    try (OnePageCrmClient crm = client()) {
      List<ListContactsResponseItem> all = crm.contacts().listAll().stream().toList();
      assertThat(all).hasSize(10_150);
      assertThat(all.get(10_149).getContact().getId()).isEqualTo("c10149");
    }
    wm.verify(100, getRequestedFor(urlPathEqualTo("/api/v3/contacts")));
    wm.verify(2, getRequestedFor(urlPathMatching("/api/v3/contacts/cascade/.*")));
  }

  @Test
  void theAsyncWalkAlsoSwitchesToCascadeBeyondTenThousand() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok(page(0, 100, 10_150, 1, 100, 102))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("100"))
        .willReturn(ok(page(9_900, 100, 10_150, 100, 100, 102))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade/c9999"))
        .willReturn(ok("{\"contacts\":" + contacts(10_000, 100) + ",\"items_left\":50}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade/c10099"))
        .willReturn(ok("{\"contacts\":" + contacts(10_100, 50) + ",\"items_left\":0}")));
    try (OnePageCrmClient crm = client()) {
      List<ListContactsResponseItem> all = crm.contacts().listAllAsync().toList().get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(all).hasSize(10_150).isEqualTo(crm.contacts().listAll().stream().toList());
      assertThat(all.get(10_149).getContact().getId()).isEqualTo("c10149");
    }
  }

  @Test
  void cascadeAllStartsWithoutLastId() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade"))
        .willReturn(ok("{\"contacts\":" + contacts(0, 100) + ",\"items_left\":2}")));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/cascade/c99"))
        .willReturn(ok("{\"contacts\":" + contacts(100, 2) + ",\"items_left\":0}")));
    try (OnePageCrmClient crm = client()) {
      assertThat(crm.contacts().cascadeAll().stream().count()).isEqualTo(102);
      assertThat(crm.contacts().cascadeAllAsync().toList().join()).isEqualTo(crm.contacts().cascadeAll().stream().toList());
      assertThat(crm.contacts().cascadeAllAsync().limit(100).toList().join()).hasSize(100);
    }
    wm.verify(7, getRequestedFor(urlPathMatching("/api/v3/contacts/cascade.*")));
  }
}
