package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.quartet.core.ApiResponse;
import dev.quartet.onepagecrm.model.CallSortBy;
import dev.quartet.onepagecrm.model.CompanySortBy;
import dev.quartet.onepagecrm.model.ContactSortBy;
import dev.quartet.onepagecrm.model.DealSortBy;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import dev.quartet.onepagecrm.model.MeetingSortBy;
import dev.quartet.onepagecrm.model.NoteSortBy;
import dev.quartet.onepagecrm.model.SortBy;
import dev.quartet.onepagecrm.model.SortOrder;
import dev.quartet.onepagecrm.params.ListActionsParams;
import dev.quartet.onepagecrm.params.ListCallsParams;
import dev.quartet.onepagecrm.params.ListCompaniesParams;
import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.onepagecrm.params.ListDealsParams;
import dev.quartet.onepagecrm.params.ListMeetingsParams;
import dev.quartet.onepagecrm.params.ListNotesParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code listAll(filters)}, {@code listAllAsync(filters)} and {@code list(filters)} on the seven entity
 * facades: every filter reaches every page request, page and per_page come from the walk, the async walk
 * sees the same items, one page comes in three forms; and what a filtered contact walk does at 10,000.
 */
class FilteredListingTest extends OnePageCrmTestSupport {
  /**
   * One facade, filters of its own generated list parameters (two per page, plus sort_by, order and one
   * entity filter), and the query those filters must put on every request besides page and per_page.
   */
  record Listed(String plural, String singular, Function<OnePageCrmClient, ListedEntities<?, ?, ?>> of,
      Object filters, Map<String, String> query) {
    @Override
    public String toString() {
      return plural;
    }

    @SuppressWarnings("unchecked")
    ListedEntities<Object, Object, Object> on(OnePageCrmClient crm) {
      return (ListedEntities<Object, Object, Object>) of.apply(crm);
    }

    RequestPatternBuilder withFilters(RequestPatternBuilder request) {
      query.forEach((name, value) -> request.withQueryParam(name, equalTo(value)));
      return request;
    }
  }

  static Stream<Listed> facades() {
    return Stream.of(
        new Listed("contacts", "contact", OnePageCrmClient::contacts, ListContactsParams.builder().search("ada")
            .sortBy(ContactSortBy.LAST_NAME).order(SortOrder.ASC).perPage(2).build(),
            Map.of("search", "ada", "sort_by", "last_name", "order", "asc")),
        new Listed("companies", "company", OnePageCrmClient::companies, ListCompaniesParams.builder().name("Acme")
            .sortBy(CompanySortBy.MODIFIED_AT).order(SortOrder.DESC).perPage(2).build(),
            Map.of("name", "Acme", "sort_by", "modified_at", "order", "desc")),
        new Listed("deals", "deal", OnePageCrmClient::deals, ListDealsParams.builder().search("engine")
            .sortBy(DealSortBy.CREATED_AT).order(SortOrder.DESC).perPage(2).build(),
            Map.of("search", "engine", "sort_by", "created_at", "order", "desc")),
        new Listed("notes", "note", OnePageCrmClient::notes, ListNotesParams.builder().contactId("c7")
            .sortBy(NoteSortBy.MODIFIED_AT).order(SortOrder.ASC).perPage(2).build(),
            Map.of("contact_id", "c7", "sort_by", "modified_at", "order", "asc")),
        new Listed("actions", "action", OnePageCrmClient::actions, ListActionsParams.builder().contactId("c7")
            .sortBy(SortBy.CREATED_AT).order(SortOrder.DESC).perPage(2).build(),
            Map.of("contact_id", "c7", "sort_by", "created_at", "order", "desc")),
        new Listed("calls", "call", OnePageCrmClient::calls, ListCallsParams.builder().companyId("k1")
            .sortBy(CallSortBy.CREATED_AT).order(SortOrder.ASC).perPage(2).build(),
            Map.of("company_id", "k1", "sort_by", "created_at", "order", "asc")),
        new Listed("meetings", "meeting", OnePageCrmClient::meetings, ListMeetingsParams.builder().companyId("k1")
            .sortBy(MeetingSortBy.MODIFIED_AT).order(SortOrder.DESC).perPage(2).build(),
            Map.of("company_id", "k1", "sort_by", "modified_at", "order", "desc")));
  }

  /**
   * Five items, two per page, over three pages (a fourth is stubbed to show it is never asked for); a
   * request without page gets page 1, as the API's default.
   */
  static void stubPages(Listed f) {
    for (int p = 0; p <= 4; p++) {
      int n = Math.max(p, 1);
      String items = IntStream.range((n - 1) * 2, Math.min(n * 2, 5))
          .mapToObj(i -> "{\"" + f.singular() + "\":{\"id\":\"i" + i + "\"}}").collect(Collectors.joining(","));
      MappingBuilder stub = get(urlPathEqualTo("/api/v3/" + f.plural()));
      wm.stubFor((p == 0 ? stub : stub.withQueryParam("page", equalTo(String.valueOf(p))))
          .willReturn(ok("{\"" + f.plural() + "\":[" + items + "],\"page\":" + n
              + ",\"per_page\":2,\"max_page\":3,\"total_count\":5}").withHeader("X-Served-By", "wm")));
    }
  }

  /** The page/per_page of every request, oldest first. */
  static List<String> pagesAsked() {
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    Collections.reverse(events); // the journal lists the newest first
    return events.stream().map(ServeEvent::getRequest)
        .map(r -> r.queryParameter("page").firstValue() + "/" + r.queryParameter("per_page").firstValue())
        .toList();
  }

  /** {@code filters.toBuilder().page(page).build()} on any generated list parameters. */
  static Object atPage(Object filters, int page) throws Exception {
    Object builder = filters.getClass().getMethod("toBuilder").invoke(filters);
    builder.getClass().getMethod("page", Integer.class).invoke(builder, page);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  static Object id(Object entity) throws Exception {
    return entity.getClass().getMethod("getId").invoke(entity);
  }

  /** An item's id, whether the walk hands the record itself or a contact listing item. */
  static Object itemId(Object item) throws Exception {
    return item instanceof ListContactsResponseItem c ? c.getContact().getId() : id(item);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void filtersReachEveryPageRequestAndTheWalkSetsThePage(Listed f) throws Exception {
    stubPages(f);
    List<Object> ids = new ArrayList<>();
    try (OnePageCrmClient crm = client()) {
      var pager = f.on(crm).listAll(f.filters());
      assertThat(wm.getAllServeEvents()).as("nothing sent before iteration").isEmpty();
      for (Object item : pager.stream().toList()) {
        ids.add(itemId(item));
      }
    }
    assertThat(ids).containsExactly("i0", "i1", "i2", "i3", "i4");
    assertThat(pagesAsked()).containsExactly("1/2", "2/2", "3/2");
    wm.verify(3, f.withFilters(getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void theAsyncFilteredWalkSeesTheSameItemsAndKeepsTheLimit(Listed f) throws Exception {
    stubPages(f);
    try (OnePageCrmClient crm = client()) {
      var r = f.on(crm);
      List<Object> blocking = r.listAll(f.filters()).stream().toList();
      assertThat(blocking).hasSize(5);
      wm.resetRequests();
      assertThat(r.listAllAsync(f.filters()).toList().get(5, TimeUnit.SECONDS)).isEqualTo(blocking);
      assertThat(pagesAsked()).containsExactly("1/2", "2/2", "3/2");
      wm.verify(3, f.withFilters(getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural()))));
      wm.resetRequests();
      assertThat(r.listAllAsync(f.filters()).limit(3).toList().get(5, TimeUnit.SECONDS))
          .isEqualTo(blocking.subList(0, 3));
      assertThat(pagesAsked()).containsExactly("1/2", "2/2");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void listGivesOnePageInThreeForms(Listed f) throws Exception {
    stubPages(f);
    try (OnePageCrmClient crm = client()) {
      var r = f.on(crm);
      Object page = r.list(f.filters());
      ApiResponse<Object> answer = r.listWithResponse(f.filters());
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.header("X-Served-By")).isEqualTo("wm");
      assertThat(answer.body()).isEqualTo(page);
      assertThat(r.listAsync(f.filters()).get(5, TimeUnit.SECONDS)).isEqualTo(page);
      Object data = page.getClass().getMethod("getData").invoke(page);
      assertThat(data.getClass().getMethod("getTotalCount").invoke(data)).isEqualTo(5);
    }
    // the filters go out as they are: no page set, so none sent (the API's default, page 1)
    wm.verify(3, f.withFilters(getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural())))
        .withQueryParam("per_page", equalTo("2")).withQueryParam("page", absent()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void optionsReachEveryFilteredRequest(Listed f) throws Exception {
    stubPages(f);
    try (OnePageCrmClient crm = client()) {
      var r = f.on(crm);
      r.list(f.filters(), Forms.TRACE);
      r.listWithResponse(f.filters(), Forms.TRACE);
      r.listAsync(f.filters(), Forms.TRACE).get(5, TimeUnit.SECONDS);
      assertThat(r.listAll(f.filters(), Forms.TRACE).stream().count()).isEqualTo(5);
      assertThat(r.listAllAsync(f.filters(), Forms.TRACE).toList().get(5, TimeUnit.SECONDS)).hasSize(5);
    }
    wm.verify(9, f.withFilters(getRequestedFor(urlPathEqualTo("/api/v3/" + f.plural())))
        .withHeader("X-Trace", equalTo("t-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void cancellingListAsyncCancelsTheHttpCall(Listed f) throws Exception {
    stubPages(f);
    wm.stubFor(get(urlPathEqualTo("/api/v3/" + f.plural())).withQueryParam("page", equalTo("9"))
        .willReturn(ok("{\"" + f.plural() + "\":[]}").withFixedDelay(3_000)));
    OkHttpClient mine = new OkHttpClient();
    try (OnePageCrmClient crm = clientBuilder().httpClient(mine).build()) {
      var r = f.on(crm);
      Object nine = atPage(f.filters(), 9);
      Forms.cancelReachesTheCall(wm, mine, () -> r.listAsync(nine));
      assertThat(r.list(f.filters())).isNotNull(); // the client goes on working
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facades")
  void nullFiltersAreRefusedNamingThem(Listed f) {
    try (OnePageCrmClient crm = client()) {
      var r = f.on(crm);
      assertThatThrownBy(() -> r.listAll((Object) null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("filters");
      assertThatThrownBy(() -> r.listAllAsync((Object) null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("filters");
      assertThatThrownBy(() -> r.list(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("filters");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void theIssuesExampleSendsItsFiltersAsTheyAre() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts"))
        .willReturn(ok(PagingTest.page(0, 3, 3, 1, 50, 1))));
    try (OnePageCrmClient crm = client()) {
      ListContactsResponse page = crm.contacts().list(ListContactsParams.builder().search("ada").perPage(50).build());
      assertThat(page.getData().getContacts()).hasSize(3);
      assertThat(page.getData().getTotalCount()).isEqualTo(3);
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("search", equalTo("ada"))
        .withQueryParam("per_page", equalTo("50")).withQueryParam("page", absent()));
  }

  @Test
  void theWalkStartsAtTheFiltersPageWithAHundredByDefault() {
    for (int p = 3; p <= 4; p++) {
      wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo(String.valueOf(p)))
          .willReturn(ok(PagingTest.page((p - 1) * 100, p == 4 ? 7 : 100, 307, p, 100, 4))));
    }
    try (OnePageCrmClient crm = client()) {
      List<ListContactsResponseItem> items = crm.contacts()
          .listAll(ListContactsParams.builder().search("ada").page(3).build()).stream().toList();
      assertThat(items).hasSize(107);
      assertThat(items.get(0).getContact().getId()).isEqualTo("c200");
    }
    assertThat(pagesAsked()).containsExactly("3/100", "4/100");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("search", equalTo("ada")));
  }

  @Test
  void perPageAboveHundredInTheFiltersIsRefusedBeforeSending() {
    try (OnePageCrmClient crm = client()) {
      assertThatThrownBy(() -> crm.contacts().listAll(ListContactsParams.builder().search("ada").perPage(101).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
      assertThatThrownBy(() -> crm.notes().listAllAsync(ListNotesParams.builder().perPage(0).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_page");
      assertThatThrownBy(() -> crm.deals().list(ListDealsParams.builder().page(0).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  /** 100 pages of 100 reach the 10,000 cap; the listing says 10,150 match. */
  static void stubTenThousand() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).willReturn(ok(PagingTest.page(0, 100, 10_150, 1, 100, 102))));
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("100"))
        .willReturn(ok(PagingTest.page(9_900, 100, 10_150, 100, 100, 102))));
    wm.stubFor(get(urlPathMatching("/api/v3/contacts/cascade.*"))
        .willReturn(ok("{\"contacts\":" + PagingTest.contacts(10_000, 150) + ",\"items_left\":0}")));
  }

  @Test
  void aFilteredContactWalkStopsAtTheCapRatherThanDropItsFilters() throws Exception {
    stubTenThousand();
    ListContactsParams filters = ListContactsParams.builder().search("ada").sortBy(ContactSortBy.LAST_NAME).build();
    try (OnePageCrmClient crm = client()) {
      List<ListContactsResponseItem> all = crm.contacts().listAll(filters).stream().toList();
      assertThat(all).hasSize(Contacts.PAGED_LIMIT);
      assertThat(all.get(9_999).getContact().getId()).isEqualTo("c9999");
      assertThat(crm.contacts().listAllAsync(filters).toList().get(30, TimeUnit.SECONDS)).isEqualTo(all);
    }
    wm.verify(200, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("search", equalTo("ada"))
        .withQueryParam("sort_by", equalTo("last_name")));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("page", equalTo("101")));
    wm.verify(0, getRequestedFor(urlPathMatching("/api/v3/contacts/cascade.*")));
  }

  @Test
  void aContactWalkWithOnlyPagingAndFieldsStillContinuesThroughTheCascade() {
    stubTenThousand();
    try (OnePageCrmClient crm = client()) {
      List<ListContactsResponseItem> all = crm.contacts()
          .listAll(ListContactsParams.builder().perPage(100).fields("deals(all)").build()).stream().toList();
      assertThat(all).hasSize(10_150);
      assertThat(all.get(10_149).getContact().getId()).isEqualTo("c10149");
    }
    wm.verify(100, getRequestedFor(urlPathEqualTo("/api/v3/contacts")).withQueryParam("fields", equalTo("deals(all)")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/contacts/cascade/c9999")));
  }
}
