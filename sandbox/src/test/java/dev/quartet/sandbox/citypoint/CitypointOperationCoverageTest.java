package dev.quartet.sandbox.citypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Filter;
import dev.quartet.citypoint.Note;
import dev.quartet.citypoint.Notification;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.Sort;
import dev.quartet.citypoint.api.AuthApi;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.DriverAddressAttributes;
import dev.quartet.citypoint.model.DriverAddressType;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.citypoint.params.RequestTokenParams;
import dev.quartet.sandbox.GeneratedOperations;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxExtension;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation of the published Citypoint client, called through its facade against the sandbox. */
class CitypointOperationCoverageTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  @Test
  void everyClientOperationIsAnswered() throws Exception {
    Sandbox sandbox = SANDBOX.sandbox();
    try (CitypointClient client = CitypointClients.of(sandbox.citypoint())) {
      Map<String, Callable<Object>> calls = calls(client, sandbox);
      GeneratedOperations.assertEveryOneAnswered("citypoint", AuthApi.class, 22, calls, sandbox);
    }
  }

  private static Map<String, Callable<Object>> calls(CitypointClient client, Sandbox sandbox) {
    var cp = sandbox.citypoint();
    Map<String, Callable<Object>> calls = new LinkedHashMap<>();
    calls.put("requestToken", () -> client.auth().requestToken(RequestTokenParams.builder().grantType("password")
        .clientId(cp.clientId()).clientSecret(cp.clientSecret()).username(cp.username()).password(cp.password()).build())
        .getAccessToken());
    calls.put("listLastImportantCarNotes", () -> {
      var page = client.carNotes().lastImportant().page(Query.create().sort(Sort.desc(Note.DATE_OF_CREATION)));
      assertThat(page.items()).extracting(Note::id).containsExactly("102", "104");
      return page.lastModified().orElseThrow();
    });
    calls.put("listCarNotes", () -> {
      var page = client.carNotes().list().page(Query.create().filter(Filter.eq(Note.IMPORTANT, true)).limit(2));
      assertThat(page.totalCount()).hasValue(3);
      assertThat(page.nextLink()).isPresent();
      return page.next().items();
    });
    calls.put("getCarNote", () -> client.carNotes().get("103").orElseThrow().text());
    calls.put("listDriverNotes", () -> client.driverNotes().list().page(Query.create()).items().get(0).relatedType());
    calls.put("getDriverNote", () -> client.driverNotes().get("201").orElseThrow());
    calls.put("listCars", () -> {
      var document = client.cars().list().page(Query.create().include("Driver")).document();
      assertThat(document.getIncluded()).extracting(r -> r.getType() + "/" + r.getId()).containsExactly("driver/7", "driver/8");
      return document;
    });
    calls.put("getCar", () -> client.cars().document("2", Query.create().fields("RegNumber")).getData().getAttributes()
        .getRegNumber());
    calls.put("updateDriver", () -> {
      var driver = client.drivers().update("7", new DriverAttributes().licence("77 АА 000001")).orElseThrow();
      assertThat(driver.getAttributes().getLicence()).isEqualTo("77 АА 000001");
      assertThat(driver.getAttributes().getFIO().getLastName()).isEqualTo("Сидоров");
      return driver;
    });
    calls.put("listDriverParams", () -> {
      var page = client.drivers().params().list().page(Query.create().sort(Sort.desc("Id")));
      assertThat(page.items()).extracting(r -> r.getId()).containsExactly("8", "7");
      return page.items().get(0).getAttributes();
    });
    calls.put("getDriverParams", () -> client.drivers().params(false).get("7").orElseThrow().getAttributes());
    calls.put("createDriverAddress", () -> client.drivers().addAddress("7", new DriverAddressAttributes()
        .type(DriverAddressType.DELIVERY).putAdditionalProperty("Address", "Москва, ул. Знаменка, 19")).orElseThrow().getId());
    calls.put("listAggregatedCarData", () -> client.cars().aggregates()
        .page(LocalDate.of(2024, 5, 20), AggregationPeriod.WEEK, Query.create()).orElseThrow().items().get(0).getAttributes()
        .getMileage());
    calls.put("listCarModels", () -> client.carModels().list().page(Query.create().sort(Sort.asc("Name"))).items());
    calls.put("getCarModel", () -> client.carModels().get("12").orElseThrow().getAttributes().getName());
    calls.put("listSpectatorKeys", () -> client.spectatorKeys().list().page(Query.create().limit(1)).nextLink().orElseThrow());
    calls.put("getSpectatorKey", () -> client.spectatorKeys().get("2").orElseThrow());
    calls.put("listCarStates", () -> {
      var states = client.tracking().carStates().page(Query.create().fields("Lat", "Lon", "Sensors.value")).items();
      assertThat(states).hasSize(3);
      assertThat(states.get(0).getAttributes().getVelocity()).isNull();
      return states.get(0).getAttributes().getSensors().get(0).getValue();
    });
    calls.put("listCarHistory", () -> {
      var track = client.tracking().carHistory("1").page(Query.create().filter(Filter.gte("Velocity", 30))).items();
      assertThat(track).isNotEmpty().allSatisfy(s -> assertThat(s.getAttributes().getVelocity().doubleValue()).isGreaterThanOrEqualTo(30));
      return track;
    });
    calls.put("listSensors", () -> client.tracking().sensors().page(Query.create()).items().get(0).getAttributes().getSensorName());
    calls.put("listNotifications", () -> {
      var notifications = client.tracking().notifications()
          .page(Query.create().include(Notification.CAR, Notification.DRIVER, Notification.ZONE)).items();
      assertThat(notifications.get(1).zone()).isPresent();
      return notifications.get(0).car().orElseThrow().regNumber();
    });
    calls.put("listZones", () -> client.tracking().zones().page(Query.create()).items().get(0).getAttributes().getGeometry());
    return calls;
  }
}
