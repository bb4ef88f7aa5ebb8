package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.core.errors.ConflictException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.errors.PermissionDeniedException;
import dev.quartet.core.errors.UnexpectedStatusException;
import dev.quartet.core.errors.UnprocessableEntityException;
import dev.quartet.core.errors.UnreadableResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Any non-2xx answer becomes a typed exception carrying status, headers and body. */
class ErrorMappingTest extends HomeStretchTestSupport {

  @ParameterizedTest
  @CsvSource({
      "400, dev.quartet.core.errors.BadRequestException",
      "403, dev.quartet.core.errors.PermissionDeniedException",
      "404, dev.quartet.core.errors.NotFoundException",
      "409, dev.quartet.core.errors.ConflictException",
      "422, dev.quartet.core.errors.UnprocessableEntityException",
      "500, dev.quartet.core.errors.InternalServerException",
      "418, dev.quartet.core.errors.UnexpectedStatusException"})
  void statusesMapToTheirTypes(int status, String type) throws Exception {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(json(status, "{\"message\":\"nope\"}").withHeader("X-Request-Id", "r9")));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a"))
          .isInstanceOf(Class.forName(type))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.headers().get("x-request-id")).isEqualTo("r9");
            assertThat(e.requestId()).isEqualTo("r9");
            assertThat(e.body()).isEqualTo("{\"message\":\"nope\"}");
            assertThat(e.getMessage()).isEqualTo("HTTP " + status + ": nope [request id: r9]");
          });
    }
  }

  @Test
  void jsonBodyIsParsedIntoTheErrorModel() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(json(404, "{\"statusCode\":404,\"message\":\"Place not found\",\"error\":\"Not Found\"}")));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(NotFoundException.class, e -> {
        assertThat(e.getMessage()).isEqualTo("HTTP 404: Place not found");
        assertThat(e.error(JsonNode.class)).hasValueSatisfying(node -> assertThat(node.get("statusCode").asInt()).isEqualTo(404));
      });
    }
  }

  @Test
  void htmlBodyGivesItsTitle() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>")));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(InternalServerException.class, e -> {
        assertThat(e.getMessage()).isEqualTo("HTTP 502: 502 Bad Gateway");
        assertThat(e.body()).contains("nginx");
        assertThat(e.error()).isEmpty();
      });
    }
  }

  @Test
  void emptyBodyIsStillTyped() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(400)));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(BadRequestException.class, e -> {
        assertThat(e.getMessage()).isEqualTo("HTTP 400");
        assertThat(e.body()).isEmpty();
      });
    }
  }

  @Test
  void aHugeErrorBodyIsCapped() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(500).withBody("x".repeat(1_000_000))));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(InternalServerException.class,
          e -> assertThat(e.body()).hasSize(64 * 1024));
    }
  }

  @Test
  void aSuccessBodyThatIsNotTheModelIsUnreadable() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOfSatisfying(UnreadableResponseException.class, e -> {
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.body()).contains("maintenance");
      });
    }
  }

  @Test
  void aBrokenConnectionIsAConnectionError() {
    stubToken();
    wm.stubFor(get("/places/a").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace("a")).isInstanceOf(ApiConnectionException.class)
          .hasMessageStartingWith("GET /places/a failed");
    }
  }
}
