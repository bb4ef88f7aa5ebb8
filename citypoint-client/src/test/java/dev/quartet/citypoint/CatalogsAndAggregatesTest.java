package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.CarAggrDataAttributes;
import dev.quartet.citypoint.model.CarAggrDataCollection;
import dev.quartet.citypoint.model.CarAggrDataResource;
import dev.quartet.citypoint.model.CarModelCollection;
import dev.quartet.citypoint.model.CarModelResource;
import dev.quartet.citypoint.model.SpectatorKeyCollection;
import dev.quartet.citypoint.model.SpectatorKeyResource;
import dev.quartet.core.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aggregated vehicle data (with its 404 for a day not computed yet), vehicle models and spectator keys. */
class CatalogsAndAggregatesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String DAY = "/v2.1/user/478/cars/aggregated/2024-05-20/day";

  @BeforeEach
  void token() {
    stubToken(wm);
  }

  @Test
  void aggregatesOfADayAreTypedWithTheirVehicle() {
    wm.stubFor(get(urlEqualTo(DAY + "?page%5Blimit%5D=500&fields%5BcarAggrData%5D=Mileage%2CIdleHours&sort=-Mileage"))
        .willReturn(document(200, """
            {"links": {"self": "x"}, "meta": {"total_count": 1},
             "data": [{"id": "1-2024-05-20", "type": "carAggrData",
               "attributes": {"Mileage": 184.5, "WorkingHours": 9.25, "FuelConsumptionHour": 4.1, "FuelConsumptionKm": 0.21,
                              "IdleFuelVolume": 1.5, "IdleHours": 0.75, "MaxSpeed": 97},
               "relationships": {"Car": {"data": {"id": "1", "type": "car"}}}}]}""")));
    try (CitypointClient client = client(wm)) {
      Query query = Query.create().limit(500).fields(CarAggregates.MILEAGE, CarAggregates.IDLE_HOURS)
          .sort(Sort.desc(CarAggregates.MILEAGE));
      JsonApiPage<CarAggrDataResource, CarAggrDataCollection> page =
          client.cars().aggregates().page(LocalDate.of(2024, 5, 20), AggregationPeriod.DAY, query).orElseThrow();
      CarAggrDataResource totals = page.items().get(0);
      CarAggrDataAttributes a = totals.getAttributes();
      assertThat(a.getMileage()).isEqualByComparingTo("184.5");
      assertThat(a.getWorkingHours()).isEqualByComparingTo("9.25");
      assertThat(a.getFuelConsumptionHour()).isEqualByComparingTo("4.1");
      assertThat(a.getFuelConsumptionKm()).isEqualByComparingTo("0.21");
      assertThat(a.getIdleFuelVolume()).isEqualByComparingTo(new BigDecimal("1.5"));
      assertThat(a.getIdleHours()).isEqualByComparingTo("0.75");
      assertThat(a.getAdditionalProperties()).containsEntry("MaxSpeed", 97);
      assertThat(JsonApi.identifier(totals.getRelationships().get(CarAggregates.CAR))).get()
          .extracting(r -> r.getId() + ":" + r.getType()).isEqualTo("1:car");
    }
    wm.verify(1, getRequestedFor(urlEqualTo(DAY + "?page%5Blimit%5D=500&fields%5BcarAggrData%5D=Mileage%2CIdleHours&sort=-Mileage"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
  }

  @Test
  void aDayNotComputedYetIsAnEmptyAnswerNotAnException() {
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/cars/aggregated/2024-05-21/week")).willReturn(document(404,
        "{\"errors\":[{\"status\":\"404\",\"detail\":\"not computed yet\"}]}")));
    try (CitypointClient client = client(wm)) {
      CarAggregates aggregates = client.cars().aggregates();
      Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> answer =
          aggregates.page(LocalDate.of(2024, 5, 21), AggregationPeriod.WEEK, Query.create());
      assertThat(answer).isEmpty();
      // The listing form (for polling) keeps the typed 404.
      assertThatThrownBy(() -> aggregates.listing(LocalDate.of(2024, 5, 21), AggregationPeriod.WEEK).page(Query.create()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void periodIsOpenAndDateToIsRequired() {
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/cars/aggregated/2024-05-31/month"))
        .willReturn(document(200, "{\"links\":{\"self\":\"x\"},\"data\":[]}")));
    try (CitypointClient client = client(wm)) {
      AggregationPeriod month = AggregationPeriod.of("month");
      assertThat(month.isKnown()).isFalse();
      assertThat(AggregationPeriod.of("day")).isSameAs(AggregationPeriod.DAY);
      assertThat(client.cars().aggregates().page(LocalDate.of(2024, 5, 31), month, Query.create()).orElseThrow().items()).isEmpty();
      assertThatThrownBy(() -> client.cars().aggregates().listing(null, AggregationPeriod.DAY))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date_to");
      assertThatThrownBy(() -> client.cars().aggregates().listing(LocalDate.of(2024, 5, 31), null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/user/478/cars/aggregated/2024-05-31/month")));
  }

  @Test
  void carModelsHaveNoUserPrefix() {
    wm.stubFor(get(urlEqualTo("/v2.1/cars/models?page%5Boffset%5D=0&filter%5BcarModel%5D=eq%28Name%2CGAZelle%29&sort=Name"))
        .willReturn(document(200, """
            {"links": {"self": "x"}, "meta": {"total_count": 1},
             "data": [{"id": "12", "type": "carModel", "attributes": {"Name": "GAZelle", "Description": null,
               "DateOfCreation": "2019-03-01T10:00:00Z", "UpdateDate": "2024-01-15T12:30:00Z", "Tank": 64}}]}""")));
    wm.stubFor(get(urlEqualTo("/v2.1/cars/models/12?fields%5BcarModel%5D=Name%2CDescription"))
        .willReturn(document(200, "{\"data\":{\"id\":\"12\",\"type\":\"carModel\",\"attributes\":{\"Name\":\"GAZelle\",\"Description\":\"van\"}}}")));
    try (CitypointClient client = client(wm)) {
      Query query = Query.create().offset(0).filter(Filter.eq("Name", "GAZelle")).sort(Sort.asc("Name"));
      JsonApiPage<CarModelResource, CarModelCollection> page = client.carModels().list().page(query);
      CarModelResource model = page.items().get(0);
      assertThat(model.getAttributes().getName()).isEqualTo("GAZelle");
      assertThat(model.getAttributes().getDescription()).isNull();
      assertThat(model.getAttributes().getDateOfCreation()).isEqualTo(Instant.parse("2019-03-01T10:00:00Z"));
      assertThat(model.getAttributes().getUpdateDate()).isEqualTo(Instant.parse("2024-01-15T12:30:00Z"));
      assertThat(model.getAttributes().getAdditionalProperties()).containsEntry("Tank", 64);
      assertThat(client.carModels().get("12", "Name", "Description")).get()
          .extracting(m -> m.getAttributes().getDescription()).isEqualTo("van");
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/cars/models?page%5Boffset%5D=0&filter%5BcarModel%5D=eq%28Name%2CGAZelle%29&sort=Name"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/cars/models/12?fields%5BcarModel%5D=Name%2CDescription"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
    wm.verify(0, getRequestedFor(urlPathMatching("/v2.1/user/.*")));
  }

  @Test
  void spectatorKeysPageAndReadOne() {
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/spectator?page%5Boffset%5D=100&page%5Blimit%5D=100&fields%5Bspectator%5D=Key"))
        .willReturn(document(200, """
            {"links": {"self": "x", "prev": "y"}, "meta": {"total_count": 101},
             "data": [{"id": "3", "type": "spectator", "attributes": {"Key": "k-3", "ValidTo": "2024-12-31T00:00:00Z"}}]}""")));
    wm.stubFor(get(urlEqualTo("/v2.1/user/478/spectator/3"))
        .willReturn(document(200, "{\"data\":{\"id\":\"3\",\"type\":\"spectator\",\"attributes\":{\"Key\":\"k-3\"}}}")));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<SpectatorKeyResource, SpectatorKeyCollection> page =
          client.spectatorKeys().list().page(Query.create().offset(100).limit(100).fields("Key"));
      assertThat(page.totalCount()).hasValue(101);
      assertThat(page.items().get(0).getAttributes()).containsEntry("Key", "k-3").containsEntry("ValidTo", "2024-12-31T00:00:00Z");
      assertThat(client.spectatorKeys().get("3")).get().extracting(SpectatorKeyResource::getId).isEqualTo("3");
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/user/478/spectator?page%5Boffset%5D=100&page%5Blimit%5D=100&fields%5Bspectator%5D=Key"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
    wm.verify(1, getRequestedFor(urlEqualTo("/v2.1/user/478/spectator/3"))
        .withHeader("Authorization", equalTo(bearer())).withHeader("Accept", equalTo(JSON_API)));
  }

  @Test
  void spectatorKeysRefuseSortFilterAndIncludeBeforeSending() {
    try (CitypointClient client = client(wm)) {
      Listing<SpectatorKeyResource, SpectatorKeyCollection> keys = client.spectatorKeys().list();
      assertThatThrownBy(() -> keys.page(Query.create().sort(Sort.asc("Key"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sort is not supported on spectator");
      assertThatThrownBy(() -> keys.page(Query.create().filter(Filter.eq("Key", "k"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("filter is not supported on spectator");
      assertThatThrownBy(() -> keys.all(Query.create().include("User")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("include is not supported on spectator");
    }
    wm.verify(0, anyRequestedFor(urlPathMatching("/v2.1/user/.*")));
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).allSatisfy(r -> assertThat(r.getUrl()).contains("oauth/token"));
  }
}
