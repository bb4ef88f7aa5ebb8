package dev.quartet.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Query;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.SdkClient;
import dev.quartet.core.retry.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** Citypoint: OAuth password grant at {@code POST /oauth/token}; the user id comes from the JWT. Reads only. */
final class CitypointCase implements ApiCase {
  static final String CLIENT_ID = "cp-client-3d";
  static final String CLIENT_SECRET = "cp-client-secret-Hv21";
  static final String USERNAME = "fleet.manager";
  static final String PASSWORD = "cp-password-Nk90";
  static final String REFRESH = "cp-refresh-token-Gs13";
  static final String TOKEN = jwt("Pz4");
  static final String CARS = "{\"data\":[{\"type\":\"Car\",\"id\":\"1\",\"attributes\":{\"RegNumber\":\"A123BC77\"}}],"
      + "\"links\":{\"self\":\"/v2.1/user/478/cars\"}}";

  /** A JWT-shaped token whose payload names user 478; {@code marker} makes each one distinct. */
  static String jwt(String marker) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(("{\"user_id\":478,\"jti\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2lnLWNwLXRva2Vu";
  }

  static String tokenAnswer(String token, long expiresIn) {
    return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + token
        + "\",\"refresh_token\":\"" + REFRESH + "\"}";
  }

  @Override
  public String name() {
    return "citypoint";
  }

  @Override
  public void stubCredentials(Stubbing server) {
    server.stubFor(WireMock.post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(okJson(tokenAnswer(TOKEN, 3600))));
  }

  @Override
  public Optional<Endpoint> credentialEndpoint() {
    return Optional.of(new Endpoint("POST", "/v2.1/oauth/token"));
  }

  @Override
  public Op get() {
    return new Op("GET", "/v2.1/user/478/cars", CARS, 200);
  }

  @Override
  public Optional<Op> post() {
    return Optional.empty();
  }

  @Override
  public Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout, boolean strict) {
    return session(CitypointClient.builder().baseUrl(baseUrl + "/v2.1")
        .clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).username(USERNAME).password(PASSWORD)
        .httpClient(http).retryPolicy(retries).timeout(timeout).strictDecoding(strict));
  }

  @Override
  public Session session(ClientBuilder<?> builder) {
    CitypointClient client = ((CitypointClient.Builder) builder).build();
    return new ClientSession<>(client, client.withOptions(ApiCase.callerOptions()), builder,
        (c, op) -> c.cars().list().page(Query.create()));
  }

  @Override
  public String getBodyWithMisfit() {
    return "{\"data\":[{\"type\":\"Car\",\"id\":\"1\",\"attributes\":{\"RegNumber\":[\"A123BC77\"]}}]}";
  }

  @Override
  public List<String> secrets() {
    return List.of(CLIENT_SECRET, TOKEN, PASSWORD, REFRESH, CALLER_SECRET);
  }

  @Override
  public Map<String, String> env(String serverUrl) {
    return Map.of("CITYPOINT_BASE_URL", serverUrl + "/v2.1", "CITYPOINT_CLIENT_ID", CLIENT_ID,
        "CITYPOINT_CLIENT_SECRET", CLIENT_SECRET, "CITYPOINT_USERNAME", USERNAME, "CITYPOINT_PASSWORD", PASSWORD,
        "CITYPOINT_USER_ID", "478");
  }

  @Override
  public Header envCredential() {
    return new Header("Authorization", "Bearer " + TOKEN);
  }

  @Override
  public ClientBuilder<?> builder() {
    return CitypointClient.builder();
  }

  @Override
  public SdkClient fromEnv(Map<String, String> env) {
    return CitypointClient.fromEnv(env);
  }


  @Override
  public String toString() {
    return name();
  }
}
