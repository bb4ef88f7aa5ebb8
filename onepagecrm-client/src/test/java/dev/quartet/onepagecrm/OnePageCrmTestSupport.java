package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.retry.RetryPolicy;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock server and a client wired to it. */
abstract class OnePageCrmTestSupport {
  static final String USER_ID = "559cd1866f6e656707000001";
  static final String API_KEY = "aXx0bG9uZy1hcGkta2V5LXNlY3JldA==";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  OnePageCrmClient.Builder clientBuilder() {
    return OnePageCrmClient.builder().userId(USER_ID).apiKey(API_KEY).baseUrl(wm.baseUrl() + "/api/v3")
        .retryPolicy(RetryPolicy.none());
  }

  OnePageCrmClient client() {
    return clientBuilder().build();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder ok(String dataJson) {
    return json(200, "{\"status\":0,\"message\":\"OK\",\"timestamp\":1528373119,\"data\":" + dataJson + "}");
  }
}
