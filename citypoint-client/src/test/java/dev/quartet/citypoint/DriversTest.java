package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.DriverAddressAttributes;
import dev.quartet.citypoint.model.DriverAddressResource;
import dev.quartet.citypoint.model.DriverAddressType;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.citypoint.model.DriverName;
import dev.quartet.citypoint.model.DriverParamsCollection;
import dev.quartet.citypoint.model.DriverParamsResource;
import dev.quartet.citypoint.model.DriverResource;
import dev.quartet.core.errors.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drivers: the PATCH, the address POST, and the driver parameters with with_defaults and their restricted sort. */
class DriversTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void token() {
    stubToken(wm);
  }

  @Test
  void updateSendsAJsonApiPatchAndReadsTheChangedDriver() {
    wm.stubFor(patch(urlEqualTo("/v2.1/user/478/drivers/7")).willReturn(document(200, """
        {"data": {"id": "7", "type": "driver", "attributes": {
          "FIO": {"LastName": "Петров", "FirstName": "Пётр", "Patronymic": "Петрович"},
          "Licence": "77 12 345678", "SNILS": "112-233-445 95", "INN": "500100732259", "IsResident": true,
          "DismissalDate": "2024-06-01", "DateOfCreation": "2023-01-10T08:00:00Z", "UpdateDate": "2024-05-20T09:30:00Z",
          "Phone": "+7 900 000-00-00"}}}""")));
    try (CitypointClient client = client(wm)) {
      DriverAttributes changes = new DriverAttributes()
          .FIO(new DriverName().lastName("Петров").firstName("Пётр"))
          .licence("77 12 345678").isResident(true).dismissalDate(LocalDate.of(2024, 6, 1));
      DriverResource driver = client.drivers().update("7", changes).orElseThrow();
      assertThat(driver.getId()).isEqualTo("7");
      DriverAttributes read = driver.getAttributes();
      assertThat(read.getFIO().getPatronymic()).isEqualTo("Петрович");
      assertThat(read.getSNILS()).isEqualTo("112-233-445 95");
      assertThat(read.getINN()).isEqualTo("500100732259");
      assertThat(read.getDismissalDate()).isEqualTo(LocalDate.of(2024, 6, 1));
      assertThat(read.getDateOfCreation()).isEqualTo(Instant.parse("2023-01-10T08:00:00Z"));
      assertThat(read.getUpdateDate()).isEqualTo(Instant.parse("2024-05-20T09:30:00Z"));
      assertThat(read.getAdditionalProperties()).containsEntry("Phone", "+7 900 000-00-00");
    }
    wm.verify(1, patchRequestedFor(urlEqualTo("/v2.1/user/478/drivers/7"))
        .withHeader("Authorization", equalTo(bearer()))
        .withHeader("Content-Type", equalTo(JSON_API))
        .withHeader("Accept", equalTo(JSON_API))
        .withRequestBody(equalToJson("""
            {"data": {"id": "7", "type": "driver", "attributes": {
              "FIO": {"LastName": "Петров", "FirstName": "Пётр"},
              "Licence": "77 12 345678", "IsResident": true, "DismissalDate": "2024-06-01"}}}""")));
  }

  @Test
  void updateRefusesMissingInputBeforeSending() {
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.drivers().update("7", null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("changes");
      assertThatThrownBy(() -> client.drivers().update(" ", new DriverAttributes())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("driver_id");
    }
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void addAddressPostsTheTypeAsItsNumberAndReadsTheCreatedAddress() {
    wm.stubFor(post(urlEqualTo("/v2.1/user/478/drivers/7/addresses")).willReturn(document(201, """
        {"data": {"id": "55", "type": "driverAddress", "attributes": {"Type": 2, "Address": "Москва, Тверская 1"}}}""")));
    try (CitypointClient client = client(wm)) {
      DriverAddressResource created = client.drivers().addAddress("7", new DriverAddressAttributes()
          .type(DriverAddressType.DELIVERY).putAdditionalProperty("Address", "Москва, Тверская 1")).orElseThrow();
      assertThat(created.getId()).isEqualTo("55");
      assertThat(created.getAttributes().getType()).isEqualTo(DriverAddressType.DELIVERY);
      assertThat(created.getAttributes().getType().isKnown()).isTrue();
      assertThat(created.getAttributes().getAdditionalProperty("Address")).isEqualTo("Москва, Тверская 1");
      assertThatThrownBy(() -> client.drivers().addAddress("7", new DriverAddressAttributes()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Type");
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/v2.1/user/478/drivers/7/addresses"))
        .withHeader("Authorization", equalTo(bearer()))
        .withHeader("Content-Type", equalTo(JSON_API))
        .withHeader("Accept", equalTo(JSON_API))
        .withRequestBody(equalToJson("""
            {"data": {"type": "driverAddress", "attributes": {"Type": 2, "Address": "Москва, Тверская 1"}}}""")));
    assertThat(DriverAddressType.known()).extracting(DriverAddressType::value).containsExactly(0, 1, 2);
    assertThat(DriverAddressType.of(0)).isSameAs(DriverAddressType.LEGAL);
    assertThat(DriverAddressType.of(1)).isSameAs(DriverAddressType.ACTUAL);
  }

  @Test
  void addressErrorsAreTyped() {
    wm.stubFor(post(urlEqualTo("/v2.1/user/478/drivers/8/addresses")).willReturn(document(404,
        "{\"errors\":[{\"status\":\"404\",\"detail\":\"driver not found\"}]}")));
    try (CitypointClient client = client(wm)) {
      assertThatThrownBy(() -> client.drivers().addAddress("8", new DriverAddressAttributes().type(DriverAddressType.LEGAL)))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("driver not found");
    }
  }

  @Test
  void paramsListSendsWithDefaultsAndTheAllowedSort() {
    String body = """
        {"links": {"self": "x"}, "meta": {"total_count": 1},
         "data": [{"id": "7", "type": "driverParams", "attributes": {"MaxSpeed": 90, "Shift": "day"},
                   "relationships": {"Driver": {"data": {"id": "7", "type": "driver"}}}}]}""";
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/drivers/params?page%5Blimit%5D=10&sort=-Id%2CDriver&with_defaults=0"))
        .willReturn(document(200, body)));
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/drivers/params")).willReturn(document(200, body)));
    try (CitypointClient client = client(wm)) {
      Query query = Query.create().limit(10).sort(Sort.desc(Drivers.PARAMS_SORT_ID), Sort.asc(Drivers.PARAMS_SORT_DRIVER));
      JsonApiPage<DriverParamsResource, DriverParamsCollection> page = client.drivers().params(false).list().page(query);
      DriverParamsResource params = page.items().get(0);
      assertThat(params.getType()).isEqualTo("driverParams");
      assertThat(params.getAttributes()).containsEntry("MaxSpeed", 90).containsEntry("Shift", "day");
      assertThat(JsonApi.identifier(params.getRelationships().get("Driver"))).get()
          .extracting(r -> r.getId()).isEqualTo("7");
      assertThat(page.lastModified()).hasValue("Mon, 20 May 2024 09:30:00 GMT");
      // The server's default with_defaults: the parameter is not sent at all.
      assertThat(client.drivers().params().list().page(Query.create()).totalCount()).hasValue(1);
    }
    wm.verify(getRequestedFor(urlEqualTo("/v2.1/user/478/drivers/params?page%5Blimit%5D=10&sort=-Id%2CDriver&with_defaults=0"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/user/478/drivers/params")));
  }

  @Test
  void paramsSortByAnyOtherKeyIsRefusedBeforeSending() {
    try (CitypointClient client = client(wm)) {
      Listing<DriverParamsResource, DriverParamsCollection> list = client.drivers().params().list();
      assertThatThrownBy(() -> list.page(Query.create().sort(Sort.asc("Name"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sort").hasMessageContaining("Name");
      assertThatThrownBy(() -> list.page(Query.create().include("Driver")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("include");
      // The generated call takes the open enum DriverParamsSortKey: its keys are sent comma-joined as
      // their wire values (any other key is the facade's to refuse, as above).
      dev.quartet.core.ApiInvoker unused = dev.quartet.core.ApiInvoker.create(new okhttp3.OkHttpClient(),
          okhttp3.HttpUrl.get(wm.baseUrl()), dev.quartet.core.Json.mapper(), (status, headers, text) -> null);
      assertThat(new dev.quartet.citypoint.api.DriverParamsApi(unused)
          .listDriverParamsRequest("478", dev.quartet.citypoint.params.ListDriverParamsParams.builder().sort(java.util.List.of(
              dev.quartet.citypoint.model.DriverParamsSortKey.ID_DESC, dev.quartet.citypoint.model.DriverParamsSortKey.DRIVER))
              .build()).query())
          .contains(java.util.Map.entry("sort", "-Id,Driver"));
    }
    wm.verify(0, anyRequestedFor(urlPathEqualTo("/v2.1/user/478/drivers/params")));
  }

  @Test
  void oneDriversParamsWithDefaults() {
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/drivers/params/7?fields%5BdriverParams%5D=MaxSpeed&with_defaults=1"))
        .willReturn(document(200, "{\"data\":{\"id\":\"7\",\"type\":\"driverParams\",\"attributes\":{\"MaxSpeed\":90}}}")));
    try (CitypointClient client = client(wm)) {
      DriverParamsResource params = client.drivers().params(true).get("7", "MaxSpeed").orElseThrow();
      assertThat(params.getAttributes()).containsEntry("MaxSpeed", 90);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/user/478/drivers/params/7?fields%5BdriverParams%5D=MaxSpeed&with_defaults=1"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
  }
}
