package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.RequestOptions;
import dev.quartet.core.errors.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest extends OnePageCrmTestSupport {
  @Test
  void sendsBasicAuthWithUserIdAndApiKey() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/contacts/c1")).willReturn(ok("{\"contact\":{\"id\":\"c1\",\"first_name\":\"Ada\"}}")));
    try (OnePageCrmClient crm = client()) {
      var answer = crm.contacts().api().getContact("c1");
      assertThat(answer.getData().getContact().getFirstName()).isEqualTo("Ada");
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString((USER_ID + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v3/contacts/c1")).withHeader("Authorization", equalTo(expected)));
  }

  @Test
  void defaultAndEuHosts() {
    try (OnePageCrmClient crm = OnePageCrmClient.builder().userId("u").apiKey("k").build()) {
      assertThat(crm.baseUrl()).isEqualTo("https://app.onepagecrm.com/api/v3");
    }
    try (OnePageCrmClient crm = OnePageCrmClient.builder().userId("u").apiKey("k").region(Region.EU).build()) {
      assertThat(crm.baseUrl()).isEqualTo("https://eu.onepagecrm.com/api/v3");
    }
  }

  @Test
  void missingCredentialsAreNamed() {
    assertThatThrownBy(() -> OnePageCrmClient.builder().apiKey("k").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("userId");
    assertThatThrownBy(() -> OnePageCrmClient.builder().userId("u").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> OnePageCrmClient.builder().userId("u").apiKey("k").baseUrl("not a url").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromEnvReadsVariables() {
    try (OnePageCrmClient crm = OnePageCrmClient.fromEnv(Map.of(
        "ONEPAGECRM_USER_ID", USER_ID, "ONEPAGECRM_API_KEY", API_KEY, "ONEPAGECRM_BASE_URL", wm.baseUrl() + "/api/v3"))) {
      assertThat(crm.baseUrl()).isEqualTo(wm.baseUrl() + "/api/v3");
    }
    try (OnePageCrmClient crm = OnePageCrmClient.fromEnv(Map.of("ONEPAGECRM_USER_ID", "u", "ONEPAGECRM_API_KEY", "k"))) {
      assertThat(crm.baseUrl()).isEqualTo(Region.DEFAULT.baseUrl());
    }
    assertThatThrownBy(() -> OnePageCrmClient.fromEnv(Map.of("ONEPAGECRM_USER_ID", "u")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("ONEPAGECRM_API_KEY");
  }

  @Test
  void toStringHasNoSecret() {
    OnePageCrmClient.Builder builder = clientBuilder();
    try (OnePageCrmClient crm = builder.build()) {
      assertThat(crm.toString()).doesNotContain(API_KEY);
      assertThat(builder.toString()).doesNotContain(API_KEY);
    }
  }

  @Test
  void withOptionsAddsHeaders() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/countries")).willReturn(ok("{\"countries\":[]}")));
    try (OnePageCrmClient crm = client()) {
      crm.withOptions(RequestOptions.builder().header("X-Trace", "t-1").build()).countries().listCountries();
    }
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v3/countries")).withHeader("X-Trace", equalTo("t-1")));
  }
}
