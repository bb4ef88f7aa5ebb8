package dev.quartet.sandbox.homestretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.PlaceSort;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.params.ListPlacesParams;
import dev.quartet.sandbox.ResetSandbox;
import dev.quartet.sandbox.SandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented rules of HomeStretch's places and company structure, answered with its 400s. */
@ResetSandbox
class HomeStretchValidationTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();
  private static HomeStretchClient client;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void signIn() {
    HomeStretchSandbox hs = SANDBOX.sandbox().homeStretch();
    client = HomeStretchClient.builder().baseUrl(hs.baseUrl()).clientId(hs.clientId()).clientSecret(hs.clientSecret()).build();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void aLimitOver150IsRefusedByTheClientAndByTheService() {
    assertThatThrownBy(() -> ListPlacesParams.builder().limit(151).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    // Past the client's own check (an extra query parameter), the service answers 400 itself.
    RequestOptions past = RequestOptions.builder().query("limit", "151").build();
    assertThatThrownBy(() -> client.places().listPlaces(past))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(HomeStretchAuthTest.message(e))
            .isEqualTo("limit must be an integer between 1 and 150, was 151"));
    assertThat(client.places().listPlaces(ListPlacesParams.builder().limit(150).build()).getResult()).hasSize(42);
    assertThat(SANDBOX.sandbox().requests()).extracting(r -> r.url() + " -> " + r.status())
        .contains("/homestretch/places?limit=151 -> 400", "/homestretch/places?limit=150 -> 200");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "limit=0|limit must be an integer between 1 and 150, was 0",
      "limit=ten|limit must be an integer between 1 and 150, was ten",
      "skip=-1|skip must be an integer of 0 or more, was -1",
      "sort=createdAt|sort must be title, was createdAt",
      "sortDir=up|sortDir must be asc or desc, was up"})
  void theListQueryFollowsTheDocumentedRules(String query, String message) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/places?" + query)).GET());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("{\"message\":\"" + message + "\"}");
  }

  @Test
  void pagesWalkEveryPlaceInTitleOrder() {
    List<String> titles = new ArrayList<>();
    client.places().listAll(PlaceSort.TITLE_DESC, 10).forEach(place -> titles.add(place.getTitle()));
    assertThat(titles).hasSize(42).startsWith("Warehouse 42", "Warehouse 41").endsWith("Warehouse 01");
    assertThat(SANDBOX.sandbox().requests()).filteredOn(r -> r.url().startsWith("/homestretch/places")).hasSize(5);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"location\":{}}|title is required and must be a non-empty string",
      "{\"title\":\"Depot\"}|location is required and must be an object",
      "{\"id\":\"\",\"title\":\"Depot\",\"location\":{}}|id must be a string of 1 to 48 characters",
      "{\"title\":\"Depot\",\"location\":{\"coordinates\":{\"lat\":\"north\"}}}|location.coordinates must have numeric lat and lng"})
  void aPlaceNeedsATitleAndALocation(String body, String message) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/places"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("{\"message\":\"" + message + "\"}");
  }

  @Test
  void aPlaceIdIsTakenOnce() {
    PlaceCreate place = new PlaceCreate().id("dock-7").title("Dock 7").location(new Location());
    assertThat(client.places().createPlace(place).getId()).isEqualTo("dock-7");
    assertThatThrownBy(() -> client.places().createPlace(place)).hasMessageContaining("dock-7 already exists");
    assertThat(client.places().getPlace("dock-7").getCreatedAt()).isNotNull();
  }

  @Test
  void anUnknownPlaceIsNotFound() {
    assertThatThrownBy(() -> client.places().getPlace("place-999"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(HomeStretchAuthTest.message(e))
            .isEqualTo("Place place-999 not found"));
    assertThat(SANDBOX.sandbox().unmatchedRequests()).isEmpty();
  }

  @Test
  void accountIdsAreOneTo48Characters() throws Exception {
    String tooLong = "a".repeat(49);
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/company")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"branches\":[{\"id\":\"b\",\"accountIds\":[\"" + tooLong + "\"]}]}")));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("branches[0].accountIds items must be strings of 1 to 48 characters");
  }

  @Test
  void aPathTheApiDoesNotHaveIsReported() throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/places/place-001")).DELETE());
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(SANDBOX.sandbox().unmatchedRequests()).extracting(r -> r.method() + " " + r.url())
        .containsExactly("DELETE /homestretch/places/place-001");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Authorization", "Bearer " + HomeStretchSandbox.TOKEN).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create(SANDBOX.sandbox().homeStretch().baseUrl() + path);
  }
}
