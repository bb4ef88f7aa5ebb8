package dev.quartet.sandbox.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.OnePageCrmError;
import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.onepagecrm.params.ListDealsParams;
import dev.quartet.sandbox.SandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the service refuses, refused the same way: wrong credentials, {@code per_page} over 100, paging past 10,000. */
class OnePageCrmLimitsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void startClean() {
    SANDBOX.sandbox().reset();
  }

  @Test
  void aWrongApiKeyGetsTheServices401Envelope() {
    OnePageCrmSandbox crm = SANDBOX.sandbox().onePageCrm();
    try (OnePageCrmClient client = OnePageCrmClient.builder().baseUrl(crm.baseUrl()).userId(crm.userId())
        .apiKey("not-the-key").build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
          () -> client.contacts().list(ListContactsParams.builder().build()));
      assertThat(e.status()).isEqualTo(401);
      OnePageCrmError error = e.error(OnePageCrmError.class).orElseThrow();
      assertThat(error.status()).isEqualTo(401);
      assertThat(error.message()).isEqualTo("Authorization data not found");
      assertThat(error.errorName()).isEqualTo("authorization_data_not_found");
      assertThat(error.errorMessage()).contains("authorization data");
    }
  }

  @Test
  void missingCredentialsGetTheSame401() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
        URI.create(SANDBOX.sandbox().onePageCrm().baseUrl() + "/bootstrap")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.path("status").asInt()).isEqualTo(401);
    assertThat(body.path("error_name").asText()).isEqualTo("authorization_data_not_found");
    assertThat(body.path("errors").isObject()).isTrue();
  }

  @Test
  void perPageOver100IsRefusedWith400() throws Exception {
    HttpResponse<String> over = get("/contacts?per_page=101");
    assertThat(over.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(over.body());
    assertThat(body.path("error_name").asText()).isEqualTo("invalid_request_data");
    assertThat(body.path("errors").path("per_page").asText()).contains("100");
    // the same on an operation the sandbox answers from the spec
    assertThat(get("/statuses?per_page=500").statusCode()).isEqualTo(400);

    HttpResponse<String> most = get("/contacts?per_page=100");
    assertThat(most.statusCode()).isEqualTo(200);
    assertThat(json.readTree(most.body()).path("data").path("per_page").asInt()).isEqualTo(100);
    assertThat(json.readTree(most.body()).path("data").path("contacts")).hasSize(22);
  }

  @Test
  void theClientRefusesPerPageOver100BeforeSending() {
    assertThatThrownBy(() -> ListContactsParams.builder().perPage(101).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SANDBOX.sandbox().requests()).isEmpty();
  }

  @Test
  void pagingStopsAtTheTenThousandthRecord() {
    OnePageCrmSandbox crm = SANDBOX.sandbox().onePageCrm();
    try (OnePageCrmClient client = OnePageCrmClient.builder().baseUrl(crm.baseUrl()).userId(crm.userId())
        .apiKey(crm.apiKey()).build()) {
      // page 100 of 100 reaches record 10,000: allowed, and empty here
      assertThat(client.contacts().list(ListContactsParams.builder().page(100).perPage(100).build())
          .getData().getContacts()).isEmpty();
      BadRequestException past = catchThrowableOfType(BadRequestException.class,
          () -> client.contacts().list(ListContactsParams.builder().page(101).perPage(100).build()));
      assertThat(past.status()).isEqualTo(400);
      assertThat(past.error(OnePageCrmError.class).orElseThrow().fieldErrors()).containsKey("page");
      assertThat(past.error(OnePageCrmError.class).orElseThrow().fieldErrors().get("page")).contains("cascade");
      assertThatThrownBy(() -> client.deals().list(ListDealsParams.builder().page(1001).perPage(10).build()))
          .isInstanceOf(BadRequestException.class);
      // past the cap, the cascade reads on
      assertThat(client.contacts().api().listContactsCascade().getData().getContacts()).hasSize(22);
    }
  }

  @Test
  void aPathTheApiDoesNotHaveIsItsOwn404AndReported() throws Exception {
    HttpResponse<String> answer = get("/no_such_resource");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(json.readTree(answer.body()).path("error_name").asText()).isEqualTo("resource_not_found");
    assertThat(SANDBOX.sandbox().unmatchedRequests()).extracting(r -> r.url())
        .containsExactly("/onepagecrm/api/v3/no_such_resource");
    // a method the path does not have is reported too
    assertThat(http.send(authorized("/companies").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(SANDBOX.sandbox().unmatchedRequests()).hasSize(2);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(authorized(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorized(String path) {
    String pair = OnePageCrmSandbox.USER_ID + ":" + OnePageCrmSandbox.API_KEY;
    return HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().onePageCrm().baseUrl() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }
}
