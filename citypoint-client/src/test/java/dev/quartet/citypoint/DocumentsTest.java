package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.core.Json;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's sample answer and a vehicle document, read into the typed views and the raw documents. */
class DocumentsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The seed's sample headers. */
  private static final String SEED_LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

  @BeforeEach
  void token() {
    wm.stubFor(post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(okJson(tokenJson(jwt(1, "a"), "r", 3600))));
  }

  @Test
  void seedSampleParsesIntoNotes() {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/1/cars/notes/last")).willReturn(aResponse()
        .withHeader("Content-Type", JSON_API).withHeader("Allow", "GET")
        .withHeader("Last-Modified", SEED_LAST_MODIFIED).withBody(resource("seed-last-notes.json"))));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<Note, NoteCollection> page = client.carNotes().lastImportant().page(Query.create());
      assertThat(page.totalCount()).hasValue(32);
      assertThat(page.lastModified()).hasValue(SEED_LAST_MODIFIED);
      assertThat(page.links().getSelf()).isEqualTo("https://api-test05.citypoint.ru/v2.1/user/478/cars/notes/last");
      assertThat(page.hasNext()).isFalse();
      Note note = page.items().get(0);
      assertThat(note.id()).isEqualTo("123");
      assertThat(note.text()).isEqualTo("Блок снят в ремонт");
      assertThat(note.isImportant()).isTrue();
      assertThat(note.isEditable()).isTrue();
      assertThat(note.isDeletable()).isTrue();
      assertThat(note.createdAt()).isEqualTo(Instant.parse("2015-10-14T08:59:09Z"));
      assertThat(note.authorLogin()).isEqualTo("Login");
      assertThat(note.authorName()).isEqualTo("Фамилиев Имя Отчествович");
      assertThat(note.carId()).isEqualTo("1");
      assertThat(note.relatedType()).isEqualTo("car");
      assertThat(note.resource().getType()).isEqualTo("note");
      assertThat(page.document().getData()).hasSize(1);
    }
  }

  @Test
  void seedSampleMatchesTheModelStrictly() throws Exception {
    ObjectMapper strict = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    NoteCollection doc = strict.readValue(resource("seed-last-notes.json"), NoteCollection.class);
    assertThat(doc.getData().get(0).getAdditionalProperties()).isEmpty();
    assertThat(doc.getData().get(0).getAttributes().getAdditionalProperties()).isEmpty();
  }

  @Test
  void seedLastModifiedIsAValidHttpDate() {
    ZonedDateTime parsed = ZonedDateTime.parse(SEED_LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(parsed.toInstant()).isEqualTo(Instant.parse("2015-10-21T07:28:00Z"));
  }

  @Test
  void sparseNotesReadAsNullsAndFalse() {
    Note bare = Note.of(new dev.quartet.citypoint.model.NoteResource().id("9").type("note"));
    assertThat(bare.text()).isNull();
    assertThat(bare.createdAt()).isNull();
    assertThat(bare.isImportant()).isFalse();
    assertThat(bare.carId()).isNull();
  }

  @Test
  void carsKeepUnknownAttributesAndRelationships() {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/1/cars"))
        .willReturn(aResponse().withHeader("Content-Type", JSON_API).withBody(resource("cars.json"))));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<Car, CarCollection> page = client.cars().list().page(Query.create());
      Car gazelle = page.items().get(0);
      assertThat(gazelle.id()).isEqualTo("1");
      assertThat(gazelle.model()).isEqualTo("ГАЗель Next");
      assertThat(gazelle.regNumber()).isEqualTo("А123ВС77");
      assertThat(gazelle.hidden()).isFalse();
      assertThat(gazelle.state()).containsEntry("Speed", 42).containsEntry("Ignition", true);
      assertThat(gazelle.otherAttributes()).containsEntry("Vin", "X96A21R32L2789012").containsEntry("Odometer", 120345.5);
      assertThat(gazelle.attribute("Vin")).isEqualTo("X96A21R32L2789012");
      assertThat(gazelle.attribute(Car.MODEL)).isEqualTo("ГАЗель Next");
      assertThat(JsonApi.identifier(gazelle.resource().getRelationships().get("Driver"))).get()
          .extracting(r -> r.getId() + ":" + r.getType()).isEqualTo("7:driver");
      assertThat(page.items().get(1).hidden()).isTrue();
      assertThat(page.items().get(1).state()).isEmpty();
    }
  }

  @Test
  void singleNoteAndCarReadsUseTheTokenUserId() {
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/1/cars/notes/123")).willReturn(aResponse().withHeader("Content-Type", JSON_API)
        .withBody("{\"data\":{\"id\":\"123\",\"type\":\"note\",\"attributes\":{\"Text\":\"t\"}}}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/1/drivers/notes/5")).willReturn(aResponse().withHeader("Content-Type", JSON_API)
        .withBody("{\"data\":{\"id\":\"5\",\"type\":\"note\",\"relationships\":{\"Object\":{\"data\":{\"id\":\"77\",\"type\":\"driver\"}}}}}")));
    wm.stubFor(get(urlPathEqualTo("/v2.1/user/1/cars/1")).willReturn(aResponse().withHeader("Content-Type", JSON_API)
        .withBody("{\"data\":{\"id\":\"1\",\"type\":\"car\",\"attributes\":{\"Model\":\"M\"}}}")));
    try (CitypointClient client = client(wm)) {
      assertThat(client.carNotes().get("123", Note.TEXT).orElseThrow().text()).isEqualTo("t");
      Note driverNote = client.driverNotes().get("5").orElseThrow();
      assertThat(driverNote.relatedId()).isEqualTo("77");
      assertThat(driverNote.carId()).isNull();
      assertThat(client.cars().get("1").orElseThrow().model()).isEqualTo("M");
    }
    assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        urlPathEqualTo("/v2.1/user/1/cars/notes/123"))).get(0).getUrl())
        .isEqualTo("/v2.1/user/1/cars/notes/123?fields%5Bnote%5D=Text");
  }
}
