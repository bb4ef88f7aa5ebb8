package dev.quartet.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.retry.RetryPolicy;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's request id reaches responses and exceptions, and ends exception messages. */
class RequestIdTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final TypeReference<JsonNode> JSON = new TypeReference<>() {};

  private final Transport transport = Transport.builder("test").retryPolicy(RetryPolicy.none()).build();
  private final ApiInvoker invoker = ApiInvoker.create(transport.unauthenticated(), HttpUrl.get(wm.baseUrl()),
      Json.mapper(), ErrorBodies.generic(Json.mapper()));

  @AfterEach
  void close() {
    transport.close();
  }

  @Test
  void aResponseCarriesTheRequestIdAndItsHeaders() {
    wm.stubFor(get("/a").willReturn(okJson("{}").withHeader("x-request-id", "req-42").withHeader("X-Version", "v1")));
    ApiResponse<JsonNode> answer = invoker.execute(ApiRequest.builder("GET", "/a").build(), JSON);
    assertThat(answer.requestId()).isEqualTo("req-42");
    assertThat(answer.headers().get("x-version")).isEqualTo("v1");
    assertThat(answer.header("X-REQUEST-ID")).isEqualTo("req-42");
    assertThat(answer).hasToString("ApiResponse{status=200, requestId=req-42, body={}}");
  }

  @Test
  void withoutOneTheRequestIdIsNull() {
    wm.stubFor(get("/a").willReturn(okJson("{}")));
    assertThat(invoker.execute(ApiRequest.builder("GET", "/a").build(), JSON).requestId()).isNull();
  }

  @Test
  void anErrorNamesTheRequestIdAtTheEndOfItsMessage() {
    wm.stubFor(get("/gone").willReturn(aResponse().withStatus(404).withHeader("X-Correlation-Id", "corr-7")
        .withBody("{\"message\":\"no such thing\"}")));
    NotFoundException e = catchThrowableOfType(() -> invoker.execute(ApiRequest.builder("GET", "/gone").build(), JSON),
        NotFoundException.class);
    assertThat(e.requestId()).isEqualTo("corr-7");
    assertThat(e).hasMessage("HTTP 404: no such thing [request id: corr-7]");
    assertThat(e.headers().get("x-correlation-id")).isEqualTo("corr-7");
  }

  @Test
  void withoutOneTheMessageIsUnchanged() {
    wm.stubFor(get("/gone").willReturn(aResponse().withStatus(404).withBody("{\"message\":\"no such thing\"}")));
    NotFoundException e = catchThrowableOfType(() -> invoker.execute(ApiRequest.builder("GET", "/gone").build(), JSON),
        NotFoundException.class);
    assertThat(e.requestId()).isNull();
    assertThat(e).hasMessage("HTTP 404: no such thing");
  }

  @Test
  void anUnreadableAnswerNamesItToo() {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(200).withHeader("Request-Id", "r-9")));
    UnreadableResponseException e = catchThrowableOfType(
        () -> invoker.execute(ApiRequest.builder("GET", "/a").build(), JSON), UnreadableResponseException.class);
    assertThat(e.requestId()).isEqualTo("r-9");
    assertThat(e.getMessage()).endsWith(" [request id: r-9]");
  }
}
