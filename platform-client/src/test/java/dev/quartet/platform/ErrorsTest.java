package dev.quartet.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.core.errors.InternalServerException;
import dev.quartet.core.errors.NotFoundException;
import dev.quartet.core.errors.PermissionDeniedException;
import dev.quartet.core.errors.UnexpectedStatusException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.platform.model.ErrorBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final PlatformClient platform = PlatformClient.builder().baseUrl(wm.baseUrl()).token("T")
      .retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    platform.close();
  }

  private ApiException failWith(int status, String contentType, String body) {
    wm.stubFor(get(urlPathEqualTo("/api/v1/objects")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", contentType).withBody(body)));
    return catchThrowableOfType(ApiException.class, () -> platform.store("objects").list());
  }

  @Test
  void seed401() {
    ApiException e = failWith(401, "application/json", Fixtures.read("error-401.json"));
    assertThat(e).isInstanceOf(AuthenticationException.class).hasMessage("HTTP 401: Unauthorized");
    assertThat(PlatformErrors.tags(e)).containsExactly("error_unauthorized");
    assertThat(PlatformErrors.body(e)).get().extracting(ErrorBody::getCode).isEqualTo("401");
  }

  @Test
  void seed403() {
    ApiException e = failWith(403, "application/json", Fixtures.read("error-403.json"));
    assertThat(e).isInstanceOf(PermissionDeniedException.class).hasMessage("HTTP 403: Forbidden");
    assertThat(PlatformErrors.tags(e)).containsExactly("error_credentials", "error_forbidden");
  }

  @Test
  void seed404() {
    ApiException e = failWith(404, "application/json", Fixtures.read("error-404.json"));
    assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("HTTP 404: Not Found");
    assertThat(PlatformErrors.hasTag(e, "error_not_found")).isTrue();
  }

  @Test
  void fullErrorBodyWithHelperAndCodes() {
    ApiException e = failWith(404, "application/json", Fixtures.read("error-full.json"));
    ErrorBody body = e.error(ErrorBody.class).orElseThrow();
    assertThat(body.getSuccess()).isFalse();
    assertThat(body.getName()).isEqualTo("RicError");
    assertThat(body.getCodes()).isEmpty();
    assertThat(body.getHelper().getMessage()).isEqualTo("Check the store name");
    assertThat(body.getHelper().getLinks()).containsExactly("https://rightech.io/docs");
    assertThat(e.body()).contains("RicError");
  }

  @Test
  void numericCodesAndUnknownFieldsStillParse() {
    ApiException e = failWith(409, "application/json",
        "{\"success\":false,\"code\":409,\"message\":\"Duplicate id\",\"tags\":[\"error_duplicate\"],\"codes\":[11000],\"extra\":1}");
    assertThat(e).isInstanceOf(dev.quartet.core.errors.ConflictException.class).hasMessage("HTTP 409: Duplicate id");
    ErrorBody body = PlatformErrors.body(e).orElseThrow();
    assertThat(body.getCode()).isEqualTo("409");
    assertThat(body.getCodes()).containsExactly("11000");
    assertThat(body.getAdditionalProperty("extra")).isEqualTo(1);
  }

  @Test
  void helperMessageIsUsedWhenThereIsNoMessage() {
    ApiException e = failWith(400, "application/json", "{\"success\":false,\"helper\":{\"message\":\"bad where\"}}");
    assertThat(e).hasMessage("HTTP 400: bad where");
  }

  @Test
  void nginxPageBecomesATypedErrorWithItsTitle() {
    ApiException e = failWith(502, "text/html", Fixtures.read("nginx-502.html"));
    assertThat(e).isInstanceOf(InternalServerException.class).hasMessage("HTTP 502: 502 Bad Gateway");
    assertThat(PlatformErrors.fromProxy(e)).isTrue();
    assertThat(e.error(HtmlErrorPage.class)).get().extracting(HtmlErrorPage::title).isEqualTo("502 Bad Gateway");
    assertThat(PlatformErrors.tags(e)).isEmpty();
  }

  @Test
  void nginx413PageIsTypedByStatus() {
    ApiException e = failWith(413, "text/html",
        "<html><head><title>413 Request Entity Too Large</title></head><body></body></html>");
    assertThat(e).isInstanceOf(UnexpectedStatusException.class).hasMessage("HTTP 413: 413 Request Entity Too Large");
  }

  @Test
  void emptyBodyStillGivesATypedError() {
    ApiException e = failWith(404, "application/json", "");
    assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("HTTP 404");
    assertThat(e.error()).isEmpty();
    assertThat(PlatformErrors.tags(e)).isEmpty();
  }

  @Test
  void plainTextBodyStillGivesATypedError() {
    ApiException e = failWith(500, "text/plain", "oops");
    assertThat(e).isInstanceOf(InternalServerException.class).hasMessage("HTTP 500");
    assertThat(e.body()).isEqualTo("oops");
  }
}
