package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock server, fixtures and a client wired to it. */
abstract class HomeStretchTestSupport {
  static final String CLIENT_ID = "705b36a9-c095-496b-aa4a-20bc31ba1991";
  static final String CLIENT_SECRET = "recall$shrewd9Cobalt!Style";
  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXRva2Vu";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  HomeStretchClient.Builder clientBuilder() {
    return HomeStretchClient.builder()
        .baseUrl(wm.baseUrl())
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET)
        .retryPolicy(RetryPolicy.none());
  }

  HomeStretchClient client() {
    return clientBuilder().build();
  }

  static MappingBuilder tokenStub(String token) {
    return post(urlEqualTo("/auth")).willReturn(okJson("{\"requestId\":\"r-1\",\"token\":\"" + token + "\"}"));
  }

  void stubToken() {
    wm.stubFor(tokenStub(TOKEN));
  }

  static String fixture(String name) {
    try (InputStream in = HomeStretchTestSupport.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
