package dev.quartet.conformance;

import com.github.tomakehurst.wiremock.junit.Stubbing;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.SdkClient;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.model.ContactRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** OnePageCRM: HTTP Basic on every call (user id and API key); no credential endpoint. */
final class OnePageCrmCase implements ApiCase {
  static final String USER_ID = "5a00000000000000000000aa";
  static final String API_KEY = "opc-api-key-Fe38";
  static final String ID = "5a0000000000000000000001";
  static final String CONTACT = "{\"status\":0,\"message\":\"OK\",\"timestamp\":1717171717,"
      + "\"data\":{\"contact\":{\"id\":\"" + ID + "\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}}}";

  @Override
  public String name() {
    return "onepagecrm";
  }

  @Override
  public void stubCredentials(Stubbing server) {
    // Basic credentials travel with every call; nothing to stub.
  }

  @Override
  public Optional<Endpoint> credentialEndpoint() {
    return Optional.empty();
  }

  @Override
  public Op get() {
    return new Op("GET", "/api/v3/contacts/" + ID, CONTACT, 200);
  }

  @Override
  public Optional<Op> post() {
    return Optional.of(new Op("POST", "/api/v3/contacts", CONTACT, 201));
  }

  @Override
  public Session open(String baseUrl, OkHttpClient http, RetryPolicy retries, Duration timeout, boolean strict) {
    return session(OnePageCrmClient.builder().baseUrl(baseUrl + "/api/v3").userId(USER_ID).apiKey(API_KEY)
        .httpClient(http).retryPolicy(retries).timeout(timeout).strictDecoding(strict));
  }

  @Override
  public Session session(ClientBuilder<?> builder) {
    OnePageCrmClient client = ((OnePageCrmClient.Builder) builder).build();
    return new ClientSession<>(client, client.withOptions(ApiCase.callerOptions()), builder,
        (c, op) -> op.isPost()
            ? c.contacts().create(new ContactRequest().firstName("Ada").lastName("Lovelace"))
            : c.contacts().get(ID));
  }

  @Override
  public String getBodyWithMisfit() {
    return "{\"status\":0,\"message\":\"OK\",\"data\":{\"contact\":{\"id\":\"" + ID + "\",\"last_name\":{\"x\":1}}}}";
  }

  @Override
  public List<String> secrets() {
    String basic = Base64.getEncoder().encodeToString((USER_ID + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    return List.of(API_KEY, basic, CALLER_SECRET);
  }

  @Override
  public Map<String, String> env(String serverUrl) {
    return Map.of("ONEPAGECRM_BASE_URL", serverUrl + "/api/v3", "ONEPAGECRM_USER_ID", USER_ID, "ONEPAGECRM_API_KEY", API_KEY);
  }

  @Override
  public Header envCredential() {
    return new Header("Authorization", "Basic " + secrets().get(1));
  }

  @Override
  public ClientBuilder<?> builder() {
    return OnePageCrmClient.builder();
  }

  @Override
  public SdkClient fromEnv(Map<String, String> env) {
    return OnePageCrmClient.fromEnv(env);
  }


  @Override
  public String toString() {
    return name();
  }
}
