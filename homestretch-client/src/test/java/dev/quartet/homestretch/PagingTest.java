package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.paging.Page;
import dev.quartet.homestretch.model.Place;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** listAll walks skip/limit lazily and stops at total. */
class PagingTest extends HomeStretchTestSupport {

  private static String page(int from, int count, int total) {
    String items = java.util.stream.IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"p" + i + "\",\"title\":\"Place " + i + "\"}")
        .collect(Collectors.joining(","));
    return "{\"result\":[" + items + "],\"total\":" + total + "}";
  }

  @Test
  void walksSeveralPagesAndStopsAtTotal() {
    stubToken();
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=0&limit=2")).willReturn(okJson(page(0, 2, 5))));
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=2&limit=2")).willReturn(okJson(page(2, 2, 5))));
    wm.stubFor(get(urlEqualTo("/places?sort=title&sortDir=asc&skip=4&limit=2")).willReturn(okJson(page(4, 1, 5))));
    try (HomeStretchClient hs = client()) {
      List<String> ids = hs.places().listAll(PlaceSort.TITLE_ASC, 2).stream().map(Place::getId).collect(Collectors.toList());
      assertThat(ids).containsExactly("p0", "p1", "p2", "p3", "p4");
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/places")));
  }

  @Test
  void nothingIsFetchedUntilIterationAndLimitStopsEarly() {
    stubToken();
    wm.stubFor(get(urlPathEqualTo("/places")).withQueryParam("skip", equalTo("0")).willReturn(okJson(page(0, 2, 100))));
    wm.stubFor(get(urlPathEqualTo("/places")).withQueryParam("skip", equalTo("2")).willReturn(okJson(page(2, 2, 100))));
    try (HomeStretchClient hs = client()) {
      var pager = hs.places().listAll(PlaceSort.UNSORTED, 2).limit(3);
      wm.verify(0, getRequestedFor(urlPathEqualTo("/places")));
      assertThat(pager.stream().map(Place::getId)).containsExactly("p0", "p1", "p2");
    }
    wm.verify(2, getRequestedFor(urlPathEqualTo("/places")));
    wm.verify(getRequestedFor(urlEqualTo("/places?skip=0&limit=2")));
  }

  @Test
  void pageByPageExposesTotal() {
    stubToken();
    wm.stubFor(get(urlPathEqualTo("/places")).willReturn(okJson(page(0, 3, 3))));
    try (HomeStretchClient hs = client()) {
      Page<Place> first = hs.places().page(PlaceSort.TITLE_DESC, 0, 3);
      assertThat(first.total()).hasValue(3);
      assertThat(first.hasNext()).isFalse();
      assertThatThrownBy(first::next).isInstanceOf(java.util.NoSuchElementException.class);
    }
  }

  @Test
  void anEmptyPageEndsTheWalkEvenIfTotalSaysMore() {
    stubToken();
    wm.stubFor(get(urlPathEqualTo("/places")).willReturn(okJson("{\"result\":[],\"total\":10}")));
    try (HomeStretchClient hs = client()) {
      assertThat(hs.places().listAll(PlaceSort.TITLE_ASC)).isEmpty();
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/places")));
  }
}
