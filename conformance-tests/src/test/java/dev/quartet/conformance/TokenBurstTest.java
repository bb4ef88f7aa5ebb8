package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.quartet.conformance.ApiCase.Endpoint;
import dev.quartet.conformance.ApiCase.Op;
import dev.quartet.conformance.ApiCase.Session;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.core.testing.Concurrently;
import dev.quartet.core.testing.RecordingSleeper;
import dev.quartet.platform.AuthMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bursts of 50 concurrent callers against each credential kind: a failing token endpoint, a
 * credential the server has stopped accepting, and tokens that live shorter than the refresh margin.
 * Each prints the number of credential requests it measured.
 */
class TokenBurstTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final int CALLERS = 50;
  static final int MAX_RETRIES = 2;

  private final OkHttpClient http = new OkHttpClient();

  static Stream<ApiCase> credentialModes() {
    return Stream.of(new HomeStretchCase(), new PlatformCase(AuthMode.TOKEN), new PlatformCase(AuthMode.COOKIE),
        new CitypointCase());
  }

  @AfterEach
  void noConnectionInUse() {
    FaultSuiteTest.assertNoConnectionInUse(http.connectionPool());
  }

  private Session open(ApiCase api) {
    RetryPolicy retries = RetryPolicy.builder().maxRetries(MAX_RETRIES).initialBackoff(Duration.ofMillis(100))
        .sleeper(new RecordingSleeper()).jitter(() -> 1.0).build();
    return api.open(server.baseUrl(), http, retries, Duration.ofSeconds(20));
  }

  private static int requests(Endpoint endpoint) {
    return server.countRequestsMatching(requestedFor(endpoint.method(), urlPathEqualTo(endpoint.path())).build()).getCount();
  }

  private static MappingBuilder on(Op op) {
    return request(op.method(), urlPathEqualTo(op.path()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentialModes")
  void aFailingCredentialEndpointIsAskedOncePerBurstWithItsRetries(ApiCase api) throws Exception {
    Endpoint endpoint = api.credentialEndpoint().orElseThrow();
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
        .willReturn(aResponse().withStatus(503).withFixedDelay(300).withBody("{\"message\":\"maintenance\"}")));
    List<Throwable> outcomes;
    try (Session session = open(api)) {
      outcomes = Concurrently.run(CALLERS, () -> catchThrowable(() -> session.call(api.get())));
    }
    assertThat(outcomes).hasSize(CALLERS).allSatisfy(t -> assertThat(t).isInstanceOf(InternalServerException.class));
    int asked = requests(endpoint);
    System.out.println("[token burst] " + api.name() + ": " + CALLERS + " callers, failing credential endpoint -> "
        + asked + " credential requests");
    assertThat(asked).as("credential requests").isBetween(1, 1 + MAX_RETRIES);
    assertThat(requests(new Endpoint(api.get().method(), api.get().path()))).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentialModes")
  void aRejectedCredentialIsReplacedOnceForTheWholeBurst(ApiCase api) throws Exception {
    Endpoint endpoint = api.credentialEndpoint().orElseThrow();
    Credentials issued = Credentials.of(api);
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path())).inScenario("issue")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(issued.first()).willSetStateTo("second"));
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path())).inScenario("issue")
        .whenScenarioStateIs("second").willReturn(issued.second().withFixedDelay(100)));
    server.stubFor(on(api.get()).willReturn(aResponse().withStatus(401))); // no credential, or the first one
    server.stubFor(on(api.get()).withHeader(issued.header(), containing(issued.firstValue()))
        .willReturn(aResponse().withStatus(401)));
    server.stubFor(on(api.get()).withHeader(issued.header(), containing(issued.secondValue()))
        .willReturn(FaultSuiteTest.ok(api.get())));
    List<Object> results;
    try (Session session = open(api)) {
      results = Concurrently.run(CALLERS, () -> session.call(api.get()));
    }
    assertThat(results).hasSize(CALLERS).doesNotContainNull();
    int asked = requests(endpoint);
    System.out.println("[token burst] " + api.name() + ": " + CALLERS + " callers, credential rejected with 401 -> "
        + asked + " credential requests (first one included)");
    assertThat(asked).as("the first credential and one replacement").isEqualTo(2);
  }

  @Test
  void onePageCrmHasNoCredentialToRenewSoEachCallerGetsItsOwn401() throws Exception {
    ApiCase api = new OnePageCrmCase();
    server.stubFor(on(api.get()).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"bad key\"}")));
    List<Throwable> outcomes;
    try (Session session = open(api)) {
      outcomes = Concurrently.run(CALLERS, () -> catchThrowable(() -> session.call(api.get())));
    }
    assertThat(outcomes).allSatisfy(t -> assertThat(t).isInstanceOf(AuthenticationException.class));
    assertThat(requests(new Endpoint("GET", api.get().path()))).as("one request each, no replay").isEqualTo(CALLERS);
  }

  @Test
  void aRefreshGrantIsNeverRepeatedOnceItReachedTheServer() {
    ApiCase api = new CitypointCase();
    Endpoint endpoint = api.credentialEndpoint().orElseThrow();
    String a = CitypointCase.jwt("A");
    String b = CitypointCase.jwt("B");
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path())).withRequestBody(containing("grant_type=password"))
        .inScenario("grants").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(CitypointCase.tokenAnswer(a, 3600))).willSetStateTo("second"));
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path())).withRequestBody(containing("grant_type=password"))
        .inScenario("grants").whenScenarioStateIs("second").willReturn(okJson(CitypointCase.tokenAnswer(b, 3600))));
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path())).withRequestBody(containing("grant_type=refresh_token"))
        .willReturn(aResponse().withStatus(503)));
    server.stubFor(on(api.get()).willReturn(aResponse().withStatus(401)));
    server.stubFor(on(api.get()).withHeader("Authorization", containing(b)).willReturn(FaultSuiteTest.ok(api.get())));
    try (Session session = open(api)) {
      session.call(api.get());
    }
    assertThat(server.countRequestsMatching(requestedFor("POST", urlPathEqualTo(endpoint.path()))
        .withRequestBody(containing("grant_type=refresh_token")).build()).getCount())
        .as("a refresh grant answered 503 is not sent again (its token may have rotated)").isEqualTo(1);
    assertThat(server.countRequestsMatching(requestedFor("POST", urlPathEqualTo(endpoint.path()))
        .withRequestBody(containing("grant_type=password")).build()).getCount()).isEqualTo(2);
  }

  @Test
  void aCitypointTokenShorterThanTheMarginIsFetchedOnceForOneCallAndForFifty() throws Exception {
    ApiCase api = new CitypointCase();
    Endpoint endpoint = api.credentialEndpoint().orElseThrow();
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
        .willReturn(okJson(CitypointCase.tokenAnswer(CitypointCase.TOKEN, 30))));
    server.stubFor(on(api.get()).willReturn(FaultSuiteTest.ok(api.get())));
    assertShortLivedTokenCostsOneGrant(api, endpoint, "expires_in 30 s, margin 60 s");
  }

  @Test
  void aPlatformTokenShorterThanTheMarginIsFetchedOnceForOneCallAndForFifty() throws Exception {
    ApiCase api = new PlatformCase(AuthMode.TOKEN);
    Endpoint endpoint = api.credentialEndpoint().orElseThrow();
    server.stubFor(request(endpoint.method(), urlPathEqualTo(endpoint.path()))
        .willReturn(okJson(PlatformCase.tokenAnswer(PlatformCase.TOKEN, Instant.now().plusSeconds(60)))));
    server.stubFor(on(api.get()).willReturn(FaultSuiteTest.ok(api.get())));
    assertShortLivedTokenCostsOneGrant(api, endpoint, "expiresAt in 60 s, margin 2 min");
  }

  private void assertShortLivedTokenCostsOneGrant(ApiCase api, Endpoint endpoint, String what) throws Exception {
    try (Session session = open(api)) {
      session.call(api.get());
      assertThat(requests(endpoint)).as("grants for one call").isEqualTo(1);
      Concurrently.run(CALLERS, () -> session.call(api.get()));
    }
    int asked = requests(endpoint);
    System.out.println("[token burst] " + api.name() + ": " + what + ", 1 + " + CALLERS + " calls -> " + asked + " grant(s)");
    assertThat(asked).as("grants for 1 + 50 calls").isEqualTo(1);
  }

  /** Two successive credentials an endpoint issues, and where the API finds them on a call. */
  record Credentials(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second, String header,
      String firstValue, String secondValue) {
    static Credentials of(ApiCase api) {
      return switch (api.name()) {
        case "homestretch" -> new Credentials(okJson("{\"token\":\"hs-A\"}"), okJson("{\"token\":\"hs-B\"}"),
            "Authorization", "Bearer hs-A", "Bearer hs-B");
        case "platform" -> new Credentials(
            okJson(PlatformCase.tokenAnswer("pf-A", Instant.now().plusSeconds(86400))),
            okJson(PlatformCase.tokenAnswer("pf-B", Instant.now().plusSeconds(86400))),
            "Authorization", "Bearer pf-A", "Bearer pf-B");
        case "platform-cookie" -> new Credentials(
            aResponse().withHeader("Set-Cookie", PlatformCase.sidCookie("sid-A")).withBody("{\"success\":true}"),
            aResponse().withHeader("Set-Cookie", PlatformCase.sidCookie("sid-B")).withBody("{\"success\":true}"),
            "Cookie", "sid=sid-A", "sid=sid-B");
        case "citypoint" -> new Credentials(
            okJson(CitypointCase.tokenAnswer(CitypointCase.jwt("A"), 3600)),
            okJson(CitypointCase.tokenAnswer(CitypointCase.jwt("B"), 3600)),
            "Authorization", "Bearer " + CitypointCase.jwt("A"), "Bearer " + CitypointCase.jwt("B"));
        default -> throw new IllegalArgumentException(api.name());
      };
    }
  }
}
