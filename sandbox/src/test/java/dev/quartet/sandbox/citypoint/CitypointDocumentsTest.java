package dev.quartet.sandbox.citypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Conditional;
import dev.quartet.citypoint.JsonApiErrors;
import dev.quartet.citypoint.Note;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.citypoint.model.ErrorObject;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.core.errors.PermissionDeniedException;
import dev.quartet.sandbox.ResetSandbox;
import dev.quartet.sandbox.SandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Citypoint's JSON:API behaviour: paging links, 304s, sparse fields, and the parameters it refuses with 400. */
@ResetSandbox
class CitypointDocumentsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CitypointClient client;

  @BeforeAll
  static void signIn() {
    client = CitypointClients.of(SANDBOX.sandbox().citypoint());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void includeOnNotesIsRefusedByTheClientAndByTheService() throws Exception {
    assertThatThrownBy(() -> client.carNotes().list().page(Query.create().include("Object")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("include");
    // Past the client's own check (an extra query parameter), the service answers 400 itself.
    RequestOptions past = RequestOptions.builder().query("include", "Object").build();
    assertThatThrownBy(() -> client.carNotes().list().page(Query.create(), past))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          ErrorObject error = JsonApiErrors.of(e).get(0);
          assertThat(error.getStatus()).isEqualTo("400");
          assertThat(error.getDetail()).isEqualTo("The include parameter is not supported.");
          assertThat(error.getSource().getParameter()).isEqualTo("include");
        });
    HttpResponse<String> plain = get("/user/478/cars/notes/last?include=Object");
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).contains("\"parameter\":\"include\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/user/478/spectator?sort=Name|sort",
      "/user/478/spectator?filter[spectator]=eq(Name,1)|filter[spectator]",
      "/user/478/drivers/params?sort=-Licence|sort",
      "/user/478/cars?page[limit]=0|page[limit]",
      "/user/478/zones?include=Car|include",
      "/user/478/cars?include=Owner|include",
      "/user/478/cars/notes?filter[note]=eq(Important|filter[note]"})
  void parametersAnEndpointDoesNotTakeAreA400NamingThem(String pathAndQuery, String parameter) throws Exception {
    HttpResponse<String> answer = get(pathAndQuery.replace("[", "%5B").replace("]", "%5D").replace("(", "%28").replace(")", "%29"));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).path("errors").path(0).path("source").path("parameter").asText()).isEqualTo(parameter);
  }

  @Test
  void pagesLinkToEachOtherAndTheWalkFollowsThem() throws Exception {
    JsonNode doc = JSON.readTree(get("/user/478/cars/notes?page%5Blimit%5D=2&page%5Boffset%5D=2").body());
    String base = SANDBOX.sandbox().citypoint().baseUrl() + "/user/478/cars/notes?page%5Boffset%5D=";
    assertThat(doc.path("links").path("self").asText()).isEqualTo(base + "2&page%5Blimit%5D=2");
    assertThat(doc.path("links").path("first").asText()).isEqualTo(base + "0&page%5Blimit%5D=2");
    assertThat(doc.path("links").path("prev").asText()).isEqualTo(base + "0&page%5Blimit%5D=2");
    assertThat(doc.path("links").path("next").asText()).isEqualTo(base + "4&page%5Blimit%5D=2");
    assertThat(doc.path("links").path("last").asText()).isEqualTo(base + "4&page%5Blimit%5D=2");
    assertThat(doc.path("meta").path("total_count").asInt()).isEqualTo(5);

    List<String> ids = new ArrayList<>();
    client.carNotes().list().all(Query.create().limit(2)).forEach(note -> ids.add(note.id()));
    assertThat(ids).containsExactly("101", "102", "103", "104", "105");
  }

  @Test
  void aConditionalGetIsNotModifiedUntilTheDataChanges() {
    var listing = client.drivers().params().list();
    String stamp = listing.page(Query.create()).lastModified().orElseThrow();
    assertThat(stamp).isEqualTo("Mon, 20 May 2024 09:30:00 GMT");
    assertThat(listing.page(Query.create(), stamp)).isInstanceOf(Conditional.NotModified.class);

    client.drivers().update("8", new DriverAttributes().licence("50 ВВ 000002"));
    Conditional<?> after = listing.page(Query.create(), stamp);
    assertThat(after.isModified()).isTrue();
    assertThat(after.lastModified()).isNotEqualTo(stamp);
    assertThat(SANDBOX.sandbox().requests()).extracting(r -> r.status()).contains(304);
  }

  @Test
  void sparseFieldsKeepOnlyTheAttributesAsked() {
    Note note = client.carNotes().get("102", "Text").orElseThrow();
    assertThat(note.text()).isEqualTo("Блок снят в ремонт");
    assertThat(note.resource().getAttributes().getAuthorLogin()).isNull();
    assertThat(note.carId()).isEqualTo("1");
  }

  @Test
  void anotherUsersPathIsForbiddenAndAMissingDayIsEmpty() throws Exception {
    assertThat(get("/user/479/cars").statusCode()).isEqualTo(403);
    assertThat(client.cars().aggregates().page(LocalDate.of(2024, 5, 21),
        AggregationPeriod.DAY, Query.create())).isEmpty();
    try (CitypointClient other = CitypointClients.builder(SANDBOX.sandbox().citypoint()).userId("479").build()) {
      assertThatThrownBy(() -> other.tracking().zones().page(Query.create()))
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(JsonApiErrors.of(e).get(0).getDetail())
              .isEqualTo("The user id in the path does not match the access token."));
    }
  }

  @Test
  void aMethodOrPathTheApiDoesNotHaveIsReported() throws Exception {
    HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/user/478/cars/1"))
        .header("Authorization", "Bearer " + token()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
    assertThat(get("/user/478/trailers").statusCode()).isEqualTo(404);
    assertThat(SANDBOX.sandbox().unmatchedRequests()).extracting(r -> r.method() + " " + r.url())
        .containsExactly("DELETE /citypoint/v2.1/user/478/cars/1", "GET /citypoint/v2.1/user/478/trailers");
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pathAndQuery))
        .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token() {
    return client.auth().requestToken(CitypointAuthTest.password(SANDBOX.sandbox())).getAccessToken();
  }

  private static URI uri(String pathAndQuery) {
    return URI.create(SANDBOX.sandbox().citypoint().baseUrl() + pathAndQuery);
  }
}
