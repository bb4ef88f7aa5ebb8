package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.BadRequestException;
import dev.quartet.onepagecrm.model.ContactRequest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorParsingTest extends OnePageCrmTestSupport {
  static final String INVALID = """
      {"status":400,"message":"Invalid request data","error_name":"invalid_request_data",
       "error_message":"Some of the fields are invalid","errors":{"last_name":"can't be blank","emails":["is invalid","is too long"]}}""";

  @Test
  void badRequestCarriesFieldErrors() {
    wm.stubFor(any(urlPathEqualTo("/api/v3/contacts")).willReturn(json(400, INVALID)));
    try (OnePageCrmClient crm = client()) {
      BadRequestException e = catchThrowableOfType(
          () -> crm.contacts().api().createContact(new ContactRequest().firstName("Ada")), BadRequestException.class);
      assertThat(e.status()).isEqualTo(400);
      OnePageCrmError error = e.error(OnePageCrmError.class).orElseThrow();
      assertThat(error.errorName()).isEqualTo("invalid_request_data");
      assertThat(error.errorMessage()).isEqualTo("Some of the fields are invalid");
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.fieldErrors()).containsExactly(
          Map.entry("last_name", "can't be blank"), Map.entry("emails", "is invalid; is too long"));
      assertThat(e.getMessage()).contains("Some of the fields are invalid").contains("last_name");
      assertThat(e.getMessage()).doesNotContain(API_KEY);
    }
  }

  @ParameterizedTest
  @CsvSource({"401, authorization_data_not_found, dev.quartet.core.errors.AuthenticationException",
      "404, resource_not_found, dev.quartet.core.errors.NotFoundException",
      "409, conflict, dev.quartet.core.errors.ConflictException",
      "500, internal_error, dev.quartet.core.errors.InternalServerException"})
  void everyErrorStatusIsParsed(int status, String name, Class<? extends ApiException> type) {
    wm.stubFor(any(urlPathEqualTo("/api/v3/deals/d1")).willReturn(json(status,
        "{\"status\":" + status + ",\"message\":\"Failed\",\"error_name\":\"" + name + "\",\"error_message\":\"Went wrong\",\"errors\":{}}")));
    try (OnePageCrmClient crm = client()) {
      ApiException e = catchThrowableOfType(() -> crm.deals().api().getDeal("d1"), ApiException.class);
      assertThat(e).isInstanceOf(type);
      assertThat(e.status()).isEqualTo(status);
      OnePageCrmError error = e.error(OnePageCrmError.class).orElseThrow();
      assertThat(error.errorName()).isEqualTo(name);
      assertThat(error.fieldErrors()).isEmpty();
      assertThat(e.getMessage()).contains("Went wrong");
    }
  }

  @Test
  void nonJsonBodyStillTyped() {
    wm.stubFor(any(urlPathEqualTo("/api/v3/deals/d1"))
        .willReturn(aResponse().withStatus(502).withBody("<html><title>Bad gateway</title></html>")));
    try (OnePageCrmClient crm = client()) {
      ApiException e = catchThrowableOfType(() -> crm.deals().api().getDeal("d1"), ApiException.class);
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.error(OnePageCrmError.class)).isEmpty();
    }
  }
}
