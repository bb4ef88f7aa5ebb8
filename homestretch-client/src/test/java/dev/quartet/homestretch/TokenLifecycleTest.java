package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.quartet.core.testing.Concurrently;
import dev.quartet.core.errors.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token is fetched once, cached, and fetched again exactly once after a 401. */
class TokenLifecycleTest extends HomeStretchTestSupport {

  @Test
  void tokenIsFetchedOnceForManyCalls() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(okJson(fixture("place"))));
    try (HomeStretchClient hs = client()) {
      for (int i = 0; i < 5; i++) {
        hs.places().getPlace("a");
      }
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/auth")));
    wm.verify(5, getRequestedFor(urlEqualTo("/places/a")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void a401FetchesOneNewTokenAndReplaysOnce() {
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"token\":\"old-token\"}")).willSetStateTo("rotated"));
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs("rotated")
        .willReturn(okJson("{\"token\":\"new-token\"}")));
    wm.stubFor(get("/company").withHeader("Authorization", equalTo("Bearer old-token")).willReturn(aResponse().withStatus(401)));
    wm.stubFor(get("/company").withHeader("Authorization", equalTo("Bearer new-token")).willReturn(okJson(fixture("company-structure"))));
    try (HomeStretchClient hs = client()) {
      assertThat(hs.company().getCompanyStructure().getName()).isEqualTo("string");
      assertThat(hs.company().getCompanyStructure().getName()).isEqualTo("string");
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/auth")));
    wm.verify(1, getRequestedFor(urlEqualTo("/company")).withHeader("Authorization", equalTo("Bearer old-token")));
    wm.verify(2, getRequestedFor(urlEqualTo("/company")).withHeader("Authorization", equalTo("Bearer new-token")));
  }

  @Test
  void aSecond401GoesToTheCaller() {
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"token\":\"first\"}")).willSetStateTo("rotated"));
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs("rotated")
        .willReturn(okJson("{\"token\":\"second\"}")));
    wm.stubFor(get("/company").willReturn(aResponse().withStatus(401)));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.company().getCompanyStructure()).isInstanceOf(AuthenticationException.class);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/company")).withHeader("Authorization", equalTo("Bearer first")));
    wm.verify(1, getRequestedFor(urlEqualTo("/company")).withHeader("Authorization", equalTo("Bearer second")));
  }

  @Test
  void aRefreshThatYieldsTheSameTokenIsNotReplayed() {
    stubToken();
    wm.stubFor(get("/company").willReturn(aResponse().withStatus(401)));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.company().getCompanyStructure()).isInstanceOf(AuthenticationException.class);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/company")));
    wm.verify(2, postRequestedFor(urlEqualTo("/auth")));
  }

  @Test
  void twentyConcurrentCallersHittingA401ShareOneTokenRequest() throws Exception {
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"token\":\"old-token\"}")).willSetStateTo("rotated"));
    wm.stubFor(post("/auth").inScenario("token").whenScenarioStateIs("rotated")
        .willReturn(okJson("{\"token\":\"new-token\"}").withFixedDelay(100)));
    wm.stubFor(get("/places/a").withHeader("Authorization", equalTo("Bearer old-token")).willReturn(aResponse().withStatus(401)));
    wm.stubFor(get("/places/a").withHeader("Authorization", equalTo("Bearer new-token")).willReturn(okJson(fixture("place"))));
    try (HomeStretchClient hs = client()) {
      assertThat(Concurrently.run(20, () -> hs.places().getPlace("a").getTitle()))
          .hasSize(20).containsOnly("Important place");
    }
    // One fetch for the first token, exactly one more for all the 401s.
    wm.verify(2, postRequestedFor(urlEqualTo("/auth")));
  }

  @Test
  void aFailedTokenFetchInAnAsyncCallKeepsItsType() {
    wm.stubFor(post("/auth").willReturn(aResponse().withStatus(403).withBody("{\"message\":\"client disabled\"}")));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.company().getCompanyStructureAsync().get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(dev.quartet.core.errors.PermissionDeniedException.class)
          .hasMessageContaining("client disabled");
      assertThatThrownBy(() -> hs.company().getCompanyStructure())
          .isInstanceOf(dev.quartet.core.errors.PermissionDeniedException.class);
    }
    wm.verify(0, getRequestedFor(urlEqualTo("/company")));
  }

  @Test
  void formModeSendsAFormBody() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}")));
    try (HomeStretchClient hs = clientBuilder().tokenMode(TokenMode.FORM).build()) {
      hs.company().getCompanyStructure();
    }
    wm.verify(postRequestedFor(urlEqualTo("/auth"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("client_id=" + CLIENT_ID + "&client_secret=recall%24shrewd9Cobalt%21Style")));
  }

  @Test
  void basicModeSendsTheCredentialsAsAHeader() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson("{}")));
    try (HomeStretchClient hs = clientBuilder().tokenMode(TokenMode.BASIC).build()) {
      hs.company().getCompanyStructure();
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    wm.verify(postRequestedFor(urlEqualTo("/auth")).withHeader("Authorization", equalTo(expected)).withoutHeader("Content-Type"));
  }

  @Test
  void aReadyTokenIsUsedAsIsWithoutATokenRequest() {
    wm.stubFor(get("/company").willReturn(okJson("{}")));
    try (HomeStretchClient hs = HomeStretchClient.builder().baseUrl(wm.baseUrl()).token("given-token").build()) {
      hs.company().getCompanyStructure();
    }
    wm.verify(0, postRequestedFor(urlEqualTo("/auth")));
    wm.verify(getRequestedFor(urlEqualTo("/company")).withHeader("Authorization", equalTo("Bearer given-token")));
  }
}
