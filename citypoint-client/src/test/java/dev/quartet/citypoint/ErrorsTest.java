package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.ErrorDocument;
import dev.quartet.citypoint.model.ErrorObject;
import dev.quartet.citypoint.model.TokenError;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.errors.PermissionDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String CARS = "/v2.1/user/478/cars";

  @BeforeEach
  void token() {
    wm.stubFor(post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(okJson(tokenJson(jwt(478, "a"), "r", 3600))));
  }

  private ApiException failWith(int status, String contentType, String body) {
    var response = aResponse().withStatus(status);
    if (contentType != null) {
      response = response.withHeader("Content-Type", contentType);
    }
    if (body != null) {
      response = response.withBody(body);
    }
    wm.stubFor(get(urlPathEqualTo(CARS)).willReturn(response));
    try (CitypointClient client = client(wm)) {
      return catchThrowableOfType(ApiException.class, () -> client.cars().list().page(Query.create()));
    }
  }

  @Test
  void jsonApiErrorDocumentIsParsed() {
    ApiException e = failWith(400, JSON_API, resource("errors-400.json"));
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).isEqualTo("HTTP 400: The include parameter is not supported. (parameter include) (+1 more)");
    ErrorDocument doc = e.error(ErrorDocument.class).orElseThrow();
    assertThat(doc.getErrors()).hasSize(2);
    List<ErrorObject> errors = JsonApiErrors.of(e);
    assertThat(errors.get(0).getStatus()).isEqualTo("400");
    assertThat(errors.get(0).getCode()).isEqualTo("unsupported_parameter");
    assertThat(errors.get(0).getSource().getParameter()).isEqualTo("include");
    assertThat(errors.get(1).getDetail()).isEqualTo("second problem");
  }

  @Test
  void forbiddenWithTitleOnly() {
    ApiException e = failWith(403, JSON_API, "{\"errors\":[{\"status\":\"403\",\"title\":\"Forbidden\"}]}");
    assertThat(e).isInstanceOf(PermissionDeniedException.class).hasMessage("HTTP 403: Forbidden");
  }

  @Test
  void emptyBodyIsStillTypedByStatus() {
    ApiException e = failWith(404, null, null);
    assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("HTTP 404");
    assertThat(e.body()).isEmpty();
    assertThat(e.error()).isEmpty();
    assertThat(JsonApiErrors.of(e)).isEmpty();
  }

  @Test
  void htmlBodyGivesItsTitle() {
    ApiException e = failWith(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    assertThat(e).isInstanceOf(InternalServerException.class).hasMessage("HTTP 502: 502 Bad Gateway");
    assertThat(e.body()).contains("nginx");
  }

  @Test
  void plainTextBodyIsKeptButNotParsed() {
    ApiException e = failWith(400, "text/plain", "bad things happened");
    assertThat(e).isInstanceOf(BadRequestException.class).hasMessage("HTTP 400");
    assertThat(e.body()).isEqualTo("bad things happened");
  }

  @Test
  void otherJsonIsKeptAsATree() {
    ApiException e = failWith(500, "application/json", "{\"message\":\"database is down\"}");
    assertThat(e).hasMessage("HTTP 500: database is down");
    assertThat(e.error(JsonNode.class)).isPresent();
  }

  @Test
  void malformedErrorsMemberFallsBackToTheTree() {
    ApiException e = failWith(400, JSON_API, "{\"errors\":[\"just a string\"]}");
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.error(JsonNode.class)).isPresent();
  }

  @Test
  void tokenEndpointErrorsUseTheOAuthModel() {
    wm.stubFor(post(urlPathEqualTo("/v2.1/oauth/token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));
    try (CitypointClient client = client(wm)) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> client.cars().list().page(Query.create()));
      assertThat(e).isInstanceOf(BadRequestException.class).hasMessage("HTTP 400: invalid_grant");
      assertThat(e.error(TokenError.class)).map(TokenError::getError).hasValue("invalid_grant");
    }
  }
}
