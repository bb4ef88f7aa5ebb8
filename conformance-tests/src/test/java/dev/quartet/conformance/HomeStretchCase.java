package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.SdkClient;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** HomeStretch: client credentials exchanged at {@code POST /auth} for a bearer token. */
final class HomeStretchCase implements ApiCase {
  static final String CLIENT_ID = "hs-client-7c1e";
  static final String CLIENT_SECRET = "hs-client-secret-Wq93";
  static final String TOKEN = "hs-issued-token-Lm48";
  static final String PLACE = "{\"id\":\"p-1\",\"title\":\"Depot\",\"location\":{\"coordinates\":{\"lat\":55.7,\"lng\":37.6}}}";

  @Override
  public String name() {
    return "homestretch";
  }

  @Override
  public void stubCredentials(Stubbing server) {
    server.stubFor(WireMock.post(urlPathEqualTo("/auth")).willReturn(okJson("{\"token\":\"" + TOKEN + "\"}")));
  }

  @Override
  public Optional<Endpoint> credentialEndpoint() {
    return Optional.of(new Endpoint("POST", "/auth"));
  }

  @Override
  public Op get() {
    return new Op("GET", "/places/p-1", PLACE, 200);
  }

  @Override
  public Optional<Op> post() {
    return Optional.of(new Op("POST", "/places", PLACE, 201));
  }

  @Override
  public Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout, boolean strict) {
    return session(HomeStretchClient.builder().baseUrl(baseUrl).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .httpClient(http).retryPolicy(retries).timeout(timeout).strictDecoding(strict));
  }

  @Override
  public Session session(ClientBuilder<?> builder) {
    HomeStretchClient client = ((HomeStretchClient.Builder) builder).build();
    return new ClientSession<>(client, client.withOptions(ApiCase.callerOptions()), builder,
        (c, op) -> op.isPost()
            ? c.places().createPlace(new PlaceCreate().title("Depot")
                .location(new Location().coordinates(new Coordinates().lat(55.7).lng(37.6))))
            : c.places().getPlace("p-1"));
  }

  @Override
  public String getBodyWithMisfit() {
    return "{\"id\":\"p-1\",\"title\":{\"ru\":\"Склад\"}}";
  }

  @Override
  public List<String> secrets() {
    return List.of(CLIENT_SECRET, TOKEN, CALLER_SECRET);
  }

  /** A fixed token, the variable that takes the place of the client credentials. */
  @Override
  public Map<String, String> env(String serverUrl) {
    return Map.of("HOMESTRETCH_BASE_URL", serverUrl, "HOMESTRETCH_TOKEN", TOKEN);
  }

  @Override
  public Header envCredential() {
    return new Header("Authorization", "Bearer " + TOKEN);
  }

  @Override
  public ClientBuilder<?> builder() {
    return HomeStretchClient.builder();
  }

  @Override
  public SdkClient fromEnv(Map<String, String> env) {
    return HomeStretchClient.fromEnv(env);
  }


  @Override
  public String toString() {
    return name();
  }
}
