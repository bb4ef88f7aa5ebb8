package dev.quartet.citypoint;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.quartet.citypoint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.quartet.citypoint.model.CarStateAttributes;
import dev.quartet.citypoint.model.CarStateCollection;
import dev.quartet.citypoint.model.HistStateResource;
import dev.quartet.citypoint.model.NotificationCollection;
import dev.quartet.citypoint.model.SensorResource;
import dev.quartet.citypoint.model.ZoneCollection;
import dev.quartet.citypoint.model.ZoneResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The experimental endpoints: vehicle states and history, sensors, notifications with include, zones. */
class TrackingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void token() {
    stubToken(wm);
  }

  private static void verifyGet(String url) {
    wm.verify(1, getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(bearer()))
        .withHeader("Accept", equalTo(JSON_API)));
  }

  @Test
  void carStatesWithDottedSparseFields() {
    String url = "/v2.1/user/478/cars/states?fields%5BcarState%5D=Lon%2CLat%2CSensors.value";
    wm.stubFor(get(urlEqualTo(url)).willReturn(document(200, """
        {"links": {"self": "x"}, "meta": {"total_count": 1},
         "data": [{"id": "1", "type": "carState", "attributes": {
           "Lat": 55.7558, "Lon": 37.6173, "Velocity": 42.5, "RecordDate": "2024-05-20T09:15:00Z",
           "LattestGpsDate": "2024-05-20T09:14:58Z", "LattestConnectionTime": "2024-05-20T09:15:01",
           "Sensors": [{"id": "5", "value": 12.5, "calibration": 1.0}, {"id": "6", "value": "on", "extra": true}]}}]}""")));
    try (CitypointClient client = client(wm)) {
      JsonApiPage<dev.quartet.citypoint.model.CarStateResource, CarStateCollection> page = client.tracking().carStates()
          .page(Query.create().fields(Tracking.LON, Tracking.LAT, Tracking.SENSORS + ".value"));
      CarStateAttributes state = page.items().get(0).getAttributes();
      assertThat(state.getLat()).isEqualByComparingTo("55.7558");
      assertThat(state.getLon()).isEqualByComparingTo("37.6173");
      assertThat(state.getVelocity()).isEqualByComparingTo("42.5");
      assertThat(state.getRecordDate()).isEqualTo(Instant.parse("2024-05-20T09:15:00Z"));
      assertThat(state.getLattestGpsDate()).isEqualTo(Instant.parse("2024-05-20T09:14:58Z"));
      assertThat(state.getLattestConnectionTime()).isEqualTo(Instant.parse("2024-05-20T09:15:01Z"));
      assertThat(state.getSensors()).hasSize(2);
      assertThat(state.getSensors().get(0).getId()).isEqualTo("5");
      assertThat(state.getSensors().get(0).getValue()).isEqualTo(12.5);
      assertThat(state.getSensors().get(0).getCalibration()).isEqualByComparingTo("1.0");
      assertThat(state.getSensors().get(1).getValue()).isEqualTo("on");
      assertThat(state.getSensors().get(1).getAdditionalProperties()).containsEntry("extra", true);
    }
    verifyGet(url);
  }

  @Test
  void carHistoryFilteredByTime() {
    String url = "/v2.1/user/478/cars/1/history/full?page%5Blimit%5D=1000"
        + "&filter%5BhistState%5D=and%28gte%28Velocity%2C3%29%2Cgt%28RecordDate%2C2024-05-01T10%3A00%3A00Z%29%29&sort=RecordDate";
    wm.stubFor(get(urlEqualTo(url)).willReturn(document(200, """
        {"links": {"self": "x"}, "data": [
          {"id": "h1", "type": "histState", "attributes": {"Lat": 55.1, "Lon": 37.1, "Velocity": 3.5, "RecordDate": "2024-05-01T10:00:05Z", "Course": 90}},
          {"id": "h2", "type": "histState", "attributes": {"Velocity": 60, "RecordDate": "2024-05-01T10:00:35Z"}}]}""")));
    try (CitypointClient client = client(wm)) {
      Filter moving = Filter.and(Filter.gte(Tracking.VELOCITY, 3), Filter.gt(Tracking.RECORD_DATE, Instant.parse("2024-05-01T10:00:00Z")));
      List<HistStateResource> states = client.tracking().carHistory("1")
          .all(Query.create().limit(1000).filter(moving).sort(Sort.asc(Tracking.RECORD_DATE))).stream().toList();
      assertThat(states).extracting(HistStateResource::getId).containsExactly("h1", "h2");
      assertThat(states.get(0).getAttributes().getVelocity()).isEqualByComparingTo("3.5");
      assertThat(states.get(0).getAttributes().getLat()).isEqualByComparingTo("55.1");
      assertThat(states.get(0).getAttributes().getAdditionalProperties()).containsEntry("Course", 90);
      assertThat(states.get(1).getAttributes().getRecordDate()).isEqualTo(Instant.parse("2024-05-01T10:00:35Z"));
    }
    verifyGet(url);
  }

  @Test
  void sensorsHaveNoUserPrefix() {
    String url = "/v2.1/sensors?page%5Boffset%5D=20&page%5Blimit%5D=20";
    wm.stubFor(get(urlEqualTo(url)).willReturn(document(200, """
        {"links": {"self": "x"}, "meta": {"total_count": 21}, "data": [
          {"id": "5", "type": "sensor", "attributes": {"SensorName": "Топливо", "Destination": "fuel", "SensorType": 3}}]}""")));
    try (CitypointClient client = client(wm)) {
      SensorResource sensor = client.tracking().sensors().page(Query.create().offset(20).limit(20)).items().get(0);
      assertThat(sensor.getAttributes().getSensorName()).isEqualTo("Топливо");
      assertThat(sensor.getAttributes().getDestination()).isEqualTo("fuel");
      assertThat(sensor.getAttributes().getSensorType()).isEqualTo("3");
    }
    verifyGet(url);
  }

  /** The seed's notifications with their vehicle, driver and zone included. */
  private static final Query NOTIFICATIONS_QUERY = Query.create().sort(Sort.desc(Notification.RECORD_DATE))
      .include(Notification.DRIVER, Notification.ZONE, Notification.CAR);

  private static String stubNotifications() {
    String url = "/v2.1/user/478/notifications?sort=-RecordDate&include=Driver%2CZone%2CCar";
    wm.stubFor(get(urlEqualTo(url)).willReturn(document(200, resource("notifications.json"))));
    return url;
  }

  @Test
  void notificationsResolveIncludedVehicleDriverAndZone() {
    String url = stubNotifications();
    try (CitypointClient client = client(wm)) {
      Query query = NOTIFICATIONS_QUERY;
      JsonApiPage<Notification, NotificationCollection> page = client.tracking().notifications().page(query);
      assertThat(page.selfLink()).hasValue("https://api.citypoint.ru/v2.1/user/478/notifications");
      Notification first = page.items().get(0);
      assertThat(first.attributes().getTitle()).isEqualTo("Выезд из зоны");
      assertThat(first.attributes().getMessage()).isEqualTo("<b>А123ВС77</b> покинул зону");
      assertThat(first.attributes().getLevel()).isEqualTo("2");
      assertThat(first.attributes().getLatitude()).isEqualByComparingTo("55.7558");
      assertThat(first.attributes().getLongitude()).isEqualByComparingTo("37.6173");
      assertThat(first.attributes().getRecordDate()).isEqualTo(Instant.parse("2024-05-20T09:15:00Z"));
      assertThat(first.attributes().getDateOfCreation()).isEqualTo(Instant.parse("2024-05-20T09:15:03Z"));
      assertThat(first.attributes().getAdditionalProperties()).containsEntry("Acknowledged", false);
      assertThat(first.car()).get().extracting(Car::regNumber).isEqualTo("А123ВС77");
      assertThat(first.driver()).get().satisfies(d -> {
        assertThat(d.getAttributes().getFIO().getLastName()).isEqualTo("Петров");
        assertThat(d.getAttributes().getDateOfCreation()).isEqualTo(Instant.parse("2023-01-10T08:00:00Z"));
      });
      assertThat(first.zone()).get().satisfies(z -> {
        assertThat(z.getAttributes().getName()).isEqualTo("Депо");
        assertThat(z.getAttributes().getGeometry()).isInstanceOf(Map.class);
      });
      assertThat(JsonApi.href(first.resource().getRelationships().get("Car").getLinks().getRelated()))
          .hasValue("https://api.citypoint.ru/v2.1/user/478/cars/1");
      // Vehicle 2 was not included; the driver relationship is data: null.
      Notification second = page.items().get(1);
      assertThat(second.related(Notification.CAR)).get().extracting(r -> r.getId()).isEqualTo("2");
      assertThat(second.car()).isEmpty();
      assertThat(second.related(Notification.DRIVER)).isEmpty();
      assertThat(second.driver()).isEmpty();
      assertThat(second.zone()).isEmpty();
    }
    verifyGet(url);
  }

  @Test
  void theWalkReadsItemsOneByOneAndStillResolvesTheIncludedResources() {
    stubNotifications();
    try (CitypointClient client = client(wm)) {
      Query query = NOTIFICATIONS_QUERY;
      List<Notification> whole = client.tracking().notifications().page(query).items();
      List<Notification> walked = new ArrayList<>();
      client.tracking().notifications().all(query).forEach(walked::add); // items read from the page's "data" one at a time

      assertThat(walked).extracting(n -> n.attributes().getTitle())
          .containsExactlyElementsOf(whole.stream().map(n -> n.attributes().getTitle()).toList());
      assertThat(walked.get(0).car()).get().extracting(Car::regNumber).isEqualTo("А123ВС77");
      assertThat(walked.get(0).driver()).get().satisfies(d -> assertThat(d.getAttributes().getFIO().getLastName()).isEqualTo("Петров"));
      assertThat(walked.get(0).zone()).get().satisfies(z -> assertThat(z.getAttributes().getName()).isEqualTo("Депо"));
      assertThat(walked.get(1).car()).isEmpty();
    }
  }

  @Test
  void zonesKeepTheirGeometryAndAnswerConditionally() {
    String url = "/v2.1/user/478/zones?filter%5Bzone%5D=eq%28Name%2CDepot%29";
    String stamp = "Mon, 20 May 2024 09:30:00 GMT";
    wm.stubFor(get(urlEqualTo(url)).withHeader("If-Modified-Since", absent()).willReturn(document(200, """
        {"links": {"self": "x"}, "data": [{"id": "31", "type": "zone",
          "attributes": {"Name": "Depot", "Description": null, "Geometry": "POLYGON((37.6 55.7, 37.7 55.7, 37.6 55.7))"}}]}""")));
    wm.stubFor(get(urlEqualTo(url)).withHeader("If-Modified-Since", equalTo(stamp)).willReturn(aResponse().withStatus(304)));
    try (CitypointClient client = client(wm)) {
      Query depot = Query.create().filter(Filter.eq("Name", "Depot"));
      ChangePoller poller = client.poller();
      Conditional<JsonApiPage<ZoneResource, ZoneCollection>> first = poller.poll(client.tracking().zones(), depot);
      ZoneResource zone = first.changed().orElseThrow().items().get(0);
      assertThat(zone.getAttributes().getName()).isEqualTo("Depot");
      assertThat(zone.getAttributes().getDescription()).isNull();
      assertThat(zone.getAttributes().getGeometry()).isEqualTo("POLYGON((37.6 55.7, 37.7 55.7, 37.6 55.7))");
      assertThat(first.lastModified()).isEqualTo(stamp);
      assertThat(poller.poll(client.tracking().zones(), depot)).isInstanceOf(Conditional.NotModified.class);
    }
    wm.verify(1, getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(bearer()))
        .withHeader("Accept", equalTo(JSON_API)).withHeader("If-Modified-Since", absent()));
    wm.verify(1, getRequestedFor(urlEqualTo(url)).withHeader("If-Modified-Since", equalTo(stamp)));
  }
}
