package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.UnexpectedStatusException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.errors.SdkException;
import dev.quartet.core.errors.UnreadableResponseException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingAndConditionalTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String LAST = "/v2.1/user/478/cars/notes/last";
  private static final String STAMP_1 = "Wed, 21 Oct 2015 07:28:00 GMT";
  private static final String STAMP_2 = "Thu, 22 Oct 2015 09:00:00 GMT";

  @BeforeEach
  void token() {
    wm.stubFor(post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(okJson(tokenJson(jwt(478, "a"), "r", 3600))));
  }

  /** A page of notes; {@code next} is a path-and-query appended to the server's absolute URL, or null. */
  private static String notes(int total, String next, int... ids) {
    StringBuilder data = new StringBuilder();
    for (int id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"note\",")
          .append("\"attributes\":{\"Text\":\"note ").append(id).append("\",\"Important\":true,")
          .append("\"DateOfCreation\":\"2024-05-0").append(1 + id % 9).append("T10:00:00Z\"},")
          .append("\"relationships\":{\"Object\":{\"data\":{\"id\":\"").append(100 + id).append("\",\"type\":\"car\"}}}}");
    }
    String links = "\"self\":\"" + wm.baseUrl() + LAST + "\"" + (next == null ? "" : ",\"next\":\"" + wm.baseUrl() + next + "\"");
    return "{\"links\":{" + links + "},\"meta\":{\"total_count\":" + total + "},\"data\":[" + data + "]}";
  }

  private static void page(String url, String body) {
    wm.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withHeader("Content-Type", JSON_API)
        .withHeader("Last-Modified", STAMP_1).withBody(body)));
  }

  @Test
  void theWalkDecodesEachResourceOnlyWhenItIsReached() {
    // The second note's "Important" is no boolean: a strict client refuses it, but only when the walk gets there.
    page(LAST + "?page%5Blimit%5D=2", notes(2, null, 1, 2).replace("\"Important\":true,\"DateOfCreation\":\"2024-05-03",
        "\"Important\":{\"no\":1},\"DateOfCreation\":\"2024-05-03"));
    try (CitypointClient client = builder(wm).strictDecoding(true).build()) {
      Iterator<Note> walk = client.carNotes().lastImportant().all(Query.create().limit(2)).iterator();
      assertThat(walk.next().id()).isEqualTo("1");
      assertThatThrownBy(walk::next).isInstanceOf(UnreadableResponseException.class);
    }
  }

  @Test
  void aWalkWhoseAnswerHasNoBodyEndsWithoutItems() {
    wm.stubFor(get(urlEqualTo(LAST + "?page%5Blimit%5D=2")).willReturn(aResponse().withStatus(204)));
    try (CitypointClient client = client(wm)) {
      List<Note> all = new java.util.ArrayList<>();
      client.carNotes().lastImportant().all(Query.create().limit(2)).forEach(all::add);
      assertThat(all).isEmpty();
    }
  }

  @Test
  void iterationFollowsLinksNextAsGivenAcrossPages() {
    page(LAST + "?page%5Blimit%5D=2", notes(5, LAST + "?page%5Boffset%5D=2&page%5Blimit%5D=2", 1, 2));
    page(LAST + "?page%5Boffset%5D=2&page%5Blimit%5D=2", notes(5, LAST + "?page%5Boffset%5D=4&page%5Blimit%5D=2", 3, 4));
    page(LAST + "?page%5Boffset%5D=4&page%5Blimit%5D=2", notes(5, null, 5));
    try (CitypointClient client = client(wm)) {
      var listing = client.carNotes().lastImportant();
      Iterator<Note> all = listing.all(Query.create().limit(2)).iterator();
      wm.verify(0, getRequestedFor(urlPathEqualTo(LAST))); // lazy: nothing before iterating
      assertThat(all.next().id()).isEqualTo("1");
      wm.verify(1, getRequestedFor(urlPathEqualTo(LAST)));
      List<String> rest = new java.util.ArrayList<>();
      all.forEachRemaining(n -> rest.add(n.id()));
      assertThat(rest).containsExactly("2", "3", "4", "5");

      JsonApiPage<Note, NoteCollection> first = listing.page(Query.create().limit(2));
      assertThat(first.totalCount()).hasValue(5);
      assertThat(first.items()).extracting(Note::carId).containsExactly("101", "102");
      assertThat(first.nextLink()).hasValue(wm.baseUrl() + LAST + "?page%5Boffset%5D=2&page%5Blimit%5D=2");
      JsonApiPage<Note, NoteCollection> third = first.next().next();
      assertThat(third.hasNext()).isFalse();
      assertThat(third.items()).extracting(Note::id).containsExactly("5");
      assertThatThrownBy(third::next).isInstanceOf(java.util.NoSuchElementException.class);
      assertThat(listing.all(Query.create().limit(2)).limit(3).stream().map(Note::id)).containsExactly("1", "2", "3");
    }
    // Follow-up pages go through the same pipeline: token and JSON:API Accept header included.
    wm.verify(getRequestedFor(urlEqualTo(LAST + "?page%5Boffset%5D=4&page%5Blimit%5D=2"))
        .withHeader("Authorization", equalTo("Bearer " + jwt(478, "a")))
        .withHeader("Accept", equalTo(JSON_API))
        .withHeader("If-Modified-Since", absent()));
  }

  @Test
  void linksToAnotherHostAreNotFollowed() {
    wm.stubFor(get(urlPathEqualTo(LAST)).willReturn(aResponse().withHeader("Content-Type", JSON_API).withBody(
        "{\"links\":{\"self\":\"x\",\"next\":\"https://elsewhere.example/v2.1/user/478/cars/notes/last?page%5Boffset%5D=1\"},"
            + "\"data\":[{\"id\":\"1\",\"type\":\"note\"}]}")));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<Note, NoteCollection> first = client.carNotes().lastImportant().page(Query.create());
      assertThatThrownBy(first::next).isInstanceOf(SdkException.class).hasMessageContaining("elsewhere.example");
    }
  }

  @Test
  void errorsOnAFollowedLinkAreTypedLikeAnyOther() {
    page(LAST, notes(3, "/v2.1/gone", 1));
    wm.stubFor(get(urlEqualTo("/v2.1/gone")).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"status\":\"404\",\"title\":\"Not Found\",\"detail\":\"page is gone\"}]}")));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<Note, NoteCollection> first = client.carNotes().lastImportant().page(Query.create());
      assertThatThrownBy(first::next).isInstanceOf(NotFoundException.class).hasMessageContaining("page is gone");
    }
  }

  @Test
  void withOptionsHeadersReachFollowedLinks() {
    page(LAST, notes(2, LAST + "?page%5Boffset%5D=1", 1));
    page(LAST + "?page%5Boffset%5D=1", notes(2, null, 2));
    try (CitypointClient client = client(wm)) {
      CitypointClient traced = client.withOptions(RequestOptions.builder().header("X-Trace", "t-1").build());
      assertThat(traced.carNotes().lastImportant().all().stream().map(Note::id)).containsExactly("1", "2");
    }
    wm.verify(getRequestedFor(urlEqualTo(LAST + "?page%5Boffset%5D=1")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void notModifiedIsAValueAndSendsIfModifiedSince() {
    page(LAST, notes(1, null, 1));
    wm.stubFor(get(urlPathEqualTo(LAST)).withHeader("If-Modified-Since", equalTo(STAMP_1))
        .willReturn(aResponse().withStatus(304)));
    try (CitypointClient client = client(wm)) {
      Conditional<JsonApiPage<Note, NoteCollection>> fresh = client.carNotes().lastImportant().page(Query.create(), (String) null);
      assertThat(fresh).isInstanceOf(Conditional.Modified.class);
      assertThat(fresh.lastModified()).isEqualTo(STAMP_1);
      assertThat(fresh.changed()).get().extracting(p -> p.items().size()).isEqualTo(1);

      Conditional<JsonApiPage<Note, NoteCollection>> again = client.carNotes().lastImportant().page(Query.create(), STAMP_1);
      assertThat(again).isInstanceOf(Conditional.NotModified.class);
      assertThat(again.isModified()).isFalse();
      assertThat(again.changed()).isEmpty();
      assertThat(again.lastModified()).isEqualTo(STAMP_1);
    }
    wm.verify(getRequestedFor(urlPathEqualTo(LAST)).withHeader("If-Modified-Since", absent()));
    wm.verify(getRequestedFor(urlPathEqualTo(LAST)).withHeader("If-Modified-Since", equalTo(STAMP_1)));
  }

  @Test
  void pollerRemembersLastModifiedPerQuery() {
    Query important = Query.create().filter(Filter.eq(Note.IMPORTANT, true));
    String importantUrl = LAST + "?filter%5Bnote%5D=eq%28Important%2C1%29";
    wm.stubFor(get(urlEqualTo(importantUrl)).withHeader("If-Modified-Since", absent())
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withHeader("Last-Modified", STAMP_1).withBody(notes(1, null, 1))));
    wm.stubFor(get(urlEqualTo(importantUrl)).withHeader("If-Modified-Since", equalTo(STAMP_1))
        .willReturn(aResponse().withStatus(304)));
    wm.stubFor(get(urlEqualTo(LAST)).withHeader("If-Modified-Since", absent())
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withHeader("Last-Modified", STAMP_2).withBody(notes(2, null, 1, 2))));
    try (CitypointClient client = client(wm)) {
      ChangePoller poller = client.poller();
      var last = client.carNotes().lastImportant();
      assertThat(poller.poll(last, important).isModified()).isTrue();
      assertThat(poller.lastModified(last, important)).hasValue(STAMP_1);
      assertThat(poller.poll(last, important).isModified()).isFalse();
      assertThat(poller.poll(last, important).isModified()).isFalse();
      // A different query has its own stamp and is fetched unconditionally the first time.
      assertThat(poller.poll(last, Query.create()).changed()).get().extracting(p -> p.items().size()).isEqualTo(2);
      assertThat(poller.lastModified(last, Query.create())).hasValue(STAMP_2);
      poller.reset();
      assertThat(poller.poll(last, important).isModified()).isTrue();
    }
    wm.verify(2, getRequestedFor(urlEqualTo(importantUrl)).withHeader("If-Modified-Since", equalTo(STAMP_1)));
  }

  @Test
  void unexpected304WithoutIfModifiedSinceIsReported() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(304)));
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.cars().list().page(Query.create())).isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("304").hasMessageContaining("without If-Modified-Since");
    }
  }
}
