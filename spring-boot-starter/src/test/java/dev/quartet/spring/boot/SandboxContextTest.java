package dev.quartet.spring.boot;

import dev.quartet.onepagecrm.params.ListContactsParams;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.Car;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.citypoint.CitypointSandbox;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.sandbox.platform.PlatformSandbox;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.model.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A context configured only by properties starts the four clients, and each calls the embedded sandbox once. */
class SandboxContextTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everyClientCallsTheSandbox() {
    String root = sandbox.baseUrl();
    Runners.clients().withPropertyValues(
        "quartet.homestretch.base-url=" + root + HomeStretchSandbox.PREFIX,
        "quartet.homestretch.client-id=sandbox-client", "quartet.homestretch.client-secret=sandbox-secret",
        "quartet.platform.base-url=" + root + PlatformSandbox.PREFIX,
        "quartet.platform.realtime-url=" + sandbox.platform().realtimeUrl(),
        "quartet.platform.login=" + PlatformSandbox.LOGIN, "quartet.platform.password=" + PlatformSandbox.PASSWORD,
        "quartet.citypoint.base-url=" + root + CitypointSandbox.PREFIX,
        "quartet.citypoint.client-id=" + CitypointSandbox.CLIENT_ID, "quartet.citypoint.client-secret=" + CitypointSandbox.CLIENT_SECRET,
        "quartet.citypoint.username=" + CitypointSandbox.USERNAME, "quartet.citypoint.password=" + CitypointSandbox.PASSWORD,
        "quartet.onepagecrm.base-url=" + root + OnePageCrmSandbox.PREFIX,
        "quartet.onepagecrm.user-id=" + OnePageCrmSandbox.USER_ID, "quartet.onepagecrm.api-key=" + OnePageCrmSandbox.API_KEY,
        "quartet.onepagecrm.timeout=20s")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(HomeStretchClient.class).company().getCompanyStructure().getName()).isNotBlank();

          List<Entity> models = context.getBean(PlatformClient.class).store("models").list(ListQuery.builder().limit(5).build());
          assertThat(models).extracting(Entity::getId).contains(PlatformSandbox.MODEL_ID);

          List<Car> cars = new ArrayList<>();
          context.getBean(CitypointClient.class).cars().list().all().forEach(cars::add);
          assertThat(cars).isNotEmpty();
          assertThat(context.getBean(CitypointClient.class).userId()).isEqualTo(String.valueOf(CitypointSandbox.USER_ID));

          assertThat(context.getBean(OnePageCrmClient.class).contacts().list(ListContactsParams.builder().page(1).perPage(10).build()).getData().getTotalCount()).isNotNull();
        });
  }
}
