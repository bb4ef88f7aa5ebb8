package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.model.NoteDocument;
import dev.quartet.citypoint.model.Relationship;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forms JSON:API 1.0 allows and the client reads: links as a string or {@code {href, meta}},
 * relationship data as an object, null or an array, date-times without a zone (read as UTC), and
 * single-resource documents with {@code data: null}.
 */
class JsonApiFormsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String NOTES = "/v2.1/user/478/cars/notes";

  @BeforeEach
  void token() {
    stubToken(wm);
  }

  private static String note(int id, String relationship) {
    return "{\"id\":\"" + id + "\",\"type\":\"note\",\"attributes\":{\"Text\":\"n" + id + "\"},\"relationships\":{\"Object\":"
        + relationship + "}}";
  }

  @Test
  void nextIsFollowedWhetherItIsAStringOrAnObject() {
    String second = wm.baseUrl() + NOTES + "?page%5Boffset%5D=1";
    String third = wm.baseUrl() + NOTES + "?page%5Boffset%5D=2";
    wm.stubFor(get(urlEqualTo(NOTES)).willReturn(document(200, "{\"links\":{\"self\":{\"href\":\"" + wm.baseUrl() + NOTES
        + "\"},\"next\":{\"href\":\"" + second + "\",\"meta\":{\"page\":2}}},\"data\":[" + note(1, "{\"data\":null}") + "]}")));
    wm.stubFor(get(urlEqualTo(NOTES + "?page%5Boffset%5D=1")).willReturn(document(200,
        "{\"links\":{\"self\":\"" + second + "\",\"next\":\"" + third + "\"},\"data\":[" + note(2, "{\"data\":null}") + "]}")));
    wm.stubFor(get(urlEqualTo(NOTES + "?page%5Boffset%5D=2")).willReturn(document(200,
        "{\"links\":{\"self\":{\"href\":\"" + third + "\"},\"next\":{\"href\":null}},\"data\":[" + note(3, "{\"data\":null}") + "]}")));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<Note, NoteCollection> first = client.carNotes().list().page(Query.create());
      assertThat(first.selfLink()).hasValue(wm.baseUrl() + NOTES);
      assertThat(first.nextLink()).hasValue(second);
      assertThat(client.carNotes().list().all().stream().map(Note::id)).containsExactly("1", "2", "3");
    }
    wm.verify(2, getRequestedFor(urlEqualTo(NOTES)));
    wm.verify(1, getRequestedFor(urlEqualTo(NOTES + "?page%5Boffset%5D=1")));
    wm.verify(1, getRequestedFor(urlEqualTo(NOTES + "?page%5Boffset%5D=2")));
  }

  @Test
  void linkReaderAcceptsEveryForm() {
    assertThat(JsonApi.href("https://a/x")).hasValue("https://a/x");
    assertThat(JsonApi.href(Map.of("href", "https://a/y", "meta", Map.of()))).hasValue("https://a/y");
    assertThat(JsonApi.href(new dev.quartet.citypoint.model.LinkObject().href("https://a/z"))).hasValue("https://a/z");
    assertThat(JsonApi.href(null)).isEmpty();
    assertThat(JsonApi.href("  ")).isEmpty();
    assertThat(JsonApi.href(Map.of("meta", Map.of()))).isEmpty();
    assertThat(JsonApi.href(42)).isEmpty();
  }

  @Test
  void relationshipDataMayBeAnObjectNullOrAnArray() {
    wm.stubFor(get(urlEqualTo(NOTES)).willReturn(document(200, "{\"links\":{\"self\":\"x\"},\"data\":["
        + note(1, "{\"data\":{\"id\":\"101\",\"type\":\"car\"}}") + ","
        + note(2, "{\"data\":null}") + ","
        + note(3, "{\"data\":[{\"id\":\"103\",\"type\":\"car\"},{\"id\":\"104\",\"type\":\"car\"}]}") + ","
        + note(4, "{\"links\":{\"related\":{\"href\":\"https://a/cars/105\"}}}") + "]}")));
    try (CitypointClient client = client(wm)) {
      List<Note> notes = client.carNotes().list().page(Query.create()).items();
      assertThat(notes).extracting(Note::carId).containsExactly("101", null, "103", null);
      Relationship many = notes.get(2).resource().getRelationships().getObject();
      assertThat(JsonApi.identifiers(many)).extracting(r -> r.getId()).containsExactly("103", "104");
      Relationship linksOnly = notes.get(3).resource().getRelationships().getObject();
      assertThat(JsonApi.identifiers(linksOnly)).isEmpty();
      assertThat(JsonApi.href(linksOnly.getLinks().getRelated())).hasValue("https://a/cars/105");
    }
    assertThat(JsonApi.identifiers(null)).isEmpty();
  }

  @Test
  void dateTimesWithoutAZoneAreReadAsUtc() throws Exception {
    wm.stubFor(get(urlEqualTo(NOTES)).willReturn(document(200, "{\"links\":{\"self\":\"x\"},\"data\":["
        + "{\"id\":\"1\",\"type\":\"note\",\"attributes\":{\"DateOfCreation\":\"2015-10-14T08:59:09\"}},"
        + "{\"id\":\"2\",\"type\":\"note\",\"attributes\":{\"DateOfCreation\":\"2015-10-14T11:59:09+03:00\"}},"
        + "{\"id\":\"3\",\"type\":\"note\",\"attributes\":{\"DateOfCreation\":\"2015-10-14T08:59:09.250Z\"}}]}")));
    try (CitypointClient client = client(wm)) {
      assertThat(client.carNotes().list().page(Query.create()).items()).extracting(Note::createdAt).containsExactly(
          Instant.parse("2015-10-14T08:59:09Z"), Instant.parse("2015-10-14T08:59:09Z"), Instant.parse("2015-10-14T08:59:09.250Z"));
    }
    NoteDocument doc = CitypointJson.mapper().readValue(
        "{\"data\":{\"id\":\"1\",\"type\":\"note\",\"attributes\":{\"DateOfCreation\":1445245149}}}", NoteDocument.class);
    assertThat(doc.getData().getAttributes().getDateOfCreation()).isEqualTo(Instant.ofEpochSecond(1445245149));
  }

  @Test
  void singleResourceDocumentsWithNullDataAreEmptyAnswers() {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/cars/notes/9")).willReturn(document(200, "{\"data\":null}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/drivers/notes/9")).willReturn(document(200, "{\"links\":{\"self\":\"x\"},\"data\":null}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/cars/9")).willReturn(document(200, "{\"data\":null}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/cars/models/9")).willReturn(document(200, "{\"data\":null}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/spectator/9")).willReturn(document(200, "{\"data\":null}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/478/drivers/params/9")).willReturn(document(200, "{\"data\":null}")));
    wm.stubFor(patch(urlPathEqualTo("/v2.1/user/478/drivers/9")).willReturn(document(200, "{\"data\":null}")));
    try (CitypointClient client = client(wm)) {
      assertThat(client.carNotes().get("9")).isEmpty();
      assertThat(client.driverNotes().get("9")).isEmpty();
      assertThat(client.cars().get("9")).isEmpty();
      assertThat(client.carModels().get("9")).isEmpty();
      assertThat(client.spectatorKeys().get("9")).isEmpty();
      assertThat(client.drivers().params().get("9")).isEmpty();
      assertThat(client.drivers().update("9", new DriverAttributes().licence("x"))).isEmpty();
    }
  }
}
