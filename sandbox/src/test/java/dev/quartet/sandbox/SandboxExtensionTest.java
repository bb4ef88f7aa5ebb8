package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.Car;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.model.Coordinates;
import dev.quartet.homestretch.model.Location;
import dev.quartet.homestretch.model.PlaceCreate;
import dev.quartet.homestretch.params.ListPlacesParams;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.model.Entity;
import dev.quartet.sandbox.citypoint.CitypointSandbox;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.sandbox.platform.PlatformSandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test as a user would write it: one sandbox for the class, its connection info injected, a client of
 * each API built from it, and the state reset on request.
 */
@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
  private static Sandbox first;
  private final Sandbox sandbox;

  SandboxExtensionTest(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  @Order(1)
  void homeStretchKeepsWhatItIsSent(HomeStretchSandbox hs) {
    first = sandbox;
    try (HomeStretchClient client = homeStretch(hs)) {
      client.places().createPlace(new PlaceCreate().title("Depot")
          .location(new Location().coordinates(new Coordinates().lat(55.75).lng(37.61))));
      assertThat(total(client)).isEqualTo(43);
    }
  }

  @Test
  @Order(2)
  void stateCarriesOverToTheNextTestOfTheClass(HomeStretchSandbox hs) {
    assertThat(sandbox).isSameAs(first);
    try (HomeStretchClient client = homeStretch(hs)) {
      assertThat(total(client)).isEqualTo(43);
    }
  }

  @Test
  @Order(3)
  @ResetSandbox
  void resetSandboxStartsTheTestFromTheSeedData(HomeStretchSandbox hs) {
    assertThat(sandbox.requests()).isEmpty();
    try (HomeStretchClient client = homeStretch(hs)) {
      assertThat(total(client)).isEqualTo(42);
    }
    assertThat(sandbox.requests()).extracting(SandboxRequest::url)
        .contains("/homestretch/auth").anyMatch(url -> url.startsWith("/homestretch/places"));
  }

  @Test
  @Order(4)
  void platform(PlatformSandbox platform) {
    try (PlatformClient client = PlatformClient.builder().baseUrl(platform.baseUrl())
        .realtimeUrl(platform.realtimeUrl()).login(platform.login(), platform.password()).build()) {
      List<Entity> models = client.store("models").list(ListQuery.builder().limit(5).build());
      assertThat(models).extracting(Entity::getId).contains(platform.modelId());
    }
  }

  @Test
  @Order(5)
  void citypoint(CitypointSandbox citypoint) {
    try (CitypointClient client = CitypointClient.builder().baseUrl(citypoint.baseUrl())
        .clientId(citypoint.clientId()).clientSecret(citypoint.clientSecret())
        .username(citypoint.username()).password(citypoint.password()).build()) {
      List<Car> cars = new ArrayList<>();
      client.cars().list().all().forEach(cars::add);
      assertThat(cars).hasSize(3);
      assertThat(client.userId()).isEqualTo(String.valueOf(citypoint.userId()));
    }
  }

  @Test
  @Order(6)
  void onePageCrm(OnePageCrmSandbox crm) {
    try (OnePageCrmClient client = OnePageCrmClient.builder().baseUrl(crm.baseUrl())
        .userId(crm.userId()).apiKey(crm.apiKey()).build()) {
      Integer total = client.contacts().list(ListContactsParams.builder().page(1).perPage(10).build())
          .getData().getTotalCount();
      assertThat(total).isEqualTo(22);
    }
  }

  private static HomeStretchClient homeStretch(HomeStretchSandbox hs) {
    return HomeStretchClient.builder().baseUrl(hs.baseUrl()).clientId(hs.clientId()).clientSecret(hs.clientSecret()).build();
  }

  private static long total(HomeStretchClient client) {
    return client.places().listPlaces(ListPlacesParams.builder().limit(1).build()).getTotal();
  }
}
