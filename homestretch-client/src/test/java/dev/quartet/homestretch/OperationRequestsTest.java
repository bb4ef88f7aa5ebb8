package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.homestretch.model.Address;
import dev.quartet.homestretch.model.CompanyStructure;
import dev.quartet.homestretch.model.CompanyStructureChange;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.Place;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.homestretch.model.PlaceSortField;
import dev.quartet.homestretch.model.PlaceUpdate;
import dev.quartet.homestretch.model.SortDirection;
import dev.quartet.homestretch.model.TokenRequest;
import dev.quartet.homestretch.model.TokenResponse;
import dev.quartet.homestretch.params.ListPlacesParams;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exact request every operation sends, and the typed answer it reads. */
class OperationRequestsTest extends HomeStretchTestSupport {

  @Test
  void tokenRequestIsJsonWithoutBearer() {
    wm.stubFor(post("/auth").willReturn(okJson(fixture("token-response"))));
    try (HomeStretchClient hs = client()) {
      TokenResponse answer = hs.auth().getToken(new TokenRequest().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET));
      assertThat(answer.getRequestId()).isEqualTo("705b36a9-c095-496b-aa4a-20bc31ba1991");
      assertThat(answer.getToken()).startsWith("eyJhbGciOiJIUzI1NiIs");
    }
    wm.verify(postRequestedFor(urlEqualTo("/auth"))
        .withHeader("Content-Type", containing("application/json"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching("quartet-java/\\S+ \\(homestretch; Java [^;]+; [^)]+\\)"))
        .withoutHeader("Authorization")
        .withRequestBody(equalToJson("{\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
  }

  @Test
  void theGeneratedTokenRequestNeverCarriesTheClientsBearerToken() {
    // POST /auth declares the Basic-header scheme as an alternative; x-credential-exchange keeps the
    // generated request unauthenticated all the same, and marks it as carrying credentials.
    try (HomeStretchClient hs = client()) {
      ApiRequest token = hs.auth().getTokenRequest(new TokenRequest().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET));
      assertThat(token.authenticated()).isFalse();
      assertThat(token.credentialExchange()).isEqualTo(dev.quartet.core.http.CredentialExchange.REPEATABLE);
      assertThat(hs.company().getCompanyStructureRequest().authenticated()).isTrue();
    }
  }

  @Test
  void getCompanyStructure() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson(fixture("company-structure"))));
    try (HomeStretchClient hs = client()) {
      CompanyStructure structure = hs.company().getCompanyStructure();
      assertThat(structure.getBranches().get(0).getBranches().get(0).getBranches().get(0).getAccountIds())
          .containsExactly("ChIJ9w44P7s0K4gRzfPYR32rXME");
    }
    wm.verify(getRequestedFor(urlEqualTo("/company"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void changeCompanyStructureSendsTheTree() {
    stubToken();
    wm.stubFor(put("/company").willReturn(okJson(fixture("company-change-response"))));
    try (HomeStretchClient hs = client()) {
      CompanyStructureChange change = readFixture("company-change-request", CompanyStructureChange.class);
      CompanyStructure after = hs.company().changeCompanyStructure(change);
      assertThat(after.getName()).isEqualTo("string");
    }
    wm.verify(putRequestedFor(urlEqualTo("/company"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson(fixture("company-change-request"))));
  }

  @Test
  void listPlacesSendsPagingAndSortQuery() {
    stubToken();
    wm.stubFor(get(urlPathEqualTo("/places")).willReturn(okJson(fixture("place-list"))));
    try (HomeStretchClient hs = client()) {
      PlaceList page = hs.places().listPlaces(ListPlacesParams.builder()
          .sort(PlaceSortField.TITLE).sortDir(SortDirection.DESC).skip(50).limit(25).build());
      assertThat(page.getTotal()).isEqualTo(19082L);
      assertThat(page.getResult()).hasSize(1);
      assertThat(page.getResult().get(0).getCreatedAt()).isEqualTo(Instant.parse("2018-04-03T02:17:14.756Z"));
    }
    wm.verify(getRequestedFor(urlEqualTo("/places?sort=title&sortDir=desc&skip=50&limit=25"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void createPlacePostsTheBody() {
    stubToken();
    wm.stubFor(post("/places").willReturn(okJson(fixture("place"))));
    PlaceCreate create = new PlaceCreate().id("EGpTdIRP5cuLuzMMDY6O").title("Important place")
        .tags(List.of("Important place")).contractorId("cLaEEcGpI16RbkLAutLB").comment("Reception number: 02")
        .location(new Location().coordinates(new Coordinates().lat(55.83730739).lng(37.62006685))
            .addresses(List.of(new Address().address("Moscow, Hidden st., 999"))));
    try (HomeStretchClient hs = client()) {
      Place created = hs.places().createPlace(create);
      assertThat(created.getId()).isEqualTo("ChIJ9w44P7s0K4gRzfPYR32rXME");
    }
    wm.verify(postRequestedFor(urlEqualTo("/places"))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson(fixture("place-create-request"))));
  }

  @Test
  void getPlaceWithResponseExposesStatusAndHeaders() {
    stubToken();
    wm.stubFor(get("/places/abc").willReturn(okJson(fixture("place")).withHeader("X-Request-Id", "req-42")));
    try (HomeStretchClient hs = client()) {
      ApiResponse<Place> response = hs.places().getPlaceWithResponse("abc");
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("X-Request-Id")).isEqualTo("req-42");
      assertThat(response.body().getTitle()).isEqualTo("Important place");
    }
    wm.verify(getRequestedFor(urlEqualTo("/places/abc")));
  }

  @Test
  void updatePlaceSendsOnlyWhatWasSet() {
    stubToken();
    wm.stubFor(patch(urlEqualTo("/places/abc")).willReturn(okJson(fixture("place-updated"))));
    try (HomeStretchClient hs = client()) {
      hs.places().updatePlace("abc", new PlaceUpdate().comment("Gate 3"));
    }
    wm.verify(patchRequestedFor(urlEqualTo("/places/abc"))
        .withRequestBody(equalToJson("{\"comment\":\"Gate 3\"}", false, false)));
  }

  @Test
  void asyncFormCompletesWithTheTypedResult() throws Exception {
    stubToken();
    wm.stubFor(get("/places/abc").willReturn(okJson(fixture("place"))));
    try (HomeStretchClient hs = client()) {
      Place place = hs.places().getPlaceAsync("abc").get(10, TimeUnit.SECONDS);
      assertThat(place.getLocation().getArrivalDuration()).isEqualTo(900);
    }
  }

  private static <T> T readFixture(String name, Class<T> type) {
    try {
      return dev.quartet.core.Json.mapper().readValue(fixture(name), type);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
