package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.PlatformClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which client beans the properties produce, and that the application's own beans win. */
class ClientBeansTest {
  private final ApplicationContextRunner runner = Runners.clients();

  @Test
  void withoutPropertiesThereAreNoClients() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(HomeStretchClient.class).doesNotHaveBean(PlatformClient.class)
          .doesNotHaveBean(CitypointClient.class).doesNotHaveBean(OnePageCrmClient.class);
    });
  }

  @Test
  void homeStretchFromClientCredentialsAlone() {
    runner.withPropertyValues("quartet.homestretch.base-url=https://hs.example.test/api",
        "quartet.homestretch.client-id=id", "quartet.homestretch.client-secret=secret").run(context -> {
          assertThat(context).hasSingleBean(HomeStretchClient.class).doesNotHaveBean(PlatformClient.class)
              .doesNotHaveBean(CitypointClient.class).doesNotHaveBean(OnePageCrmClient.class);
          assertThat(context.getBean(HomeStretchClient.class).baseUrl()).isEqualTo("https://hs.example.test/api");
        });
  }

  @Test
  void homeStretchFromAToken() {
    runner.withPropertyValues("quartet.homestretch.base-url=https://hs.example.test", "quartet.homestretch.token=t")
        .run(context -> assertThat(context).hasSingleBean(HomeStretchClient.class));
  }

  @Test
  void platformDefaultsToThePublicCloudAndCarriesTheLoginInItsDescription() {
    runner.withPropertyValues("quartet.platform.login=api-user", "quartet.platform.password=pw", "quartet.platform.auth=cookie")
        .run(context -> {
          PlatformClient platform = context.getBean(PlatformClient.class);
          assertThat(platform.baseUrl()).isEqualTo(PlatformClient.DEFAULT_BASE_URL + "/");
          assertThat(platform.toString()).contains("cookie session as api-user").doesNotContain("pw");
        });
  }

  @Test
  void citypointWithItsDefaultHostAndAUserId() {
    runner.withPropertyValues("quartet.citypoint.client-id=c", "quartet.citypoint.client-secret=s",
        "quartet.citypoint.username=u", "quartet.citypoint.password=p", "quartet.citypoint.user-id=478").run(context -> {
          CitypointClient cp = context.getBean(CitypointClient.class);
          assertThat(cp.baseUrl()).isEqualTo(CitypointClient.DEFAULT_BASE_URL);
          assertThat(cp.userId()).isEqualTo("478");
        });
  }

  @Test
  void onePageCrmRegionPicksTheHost() {
    runner.withPropertyValues("quartet.onepagecrm.user-id=u", "quartet.onepagecrm.api-key=k", "quartet.onepagecrm.region=eu")
        .run(context -> assertThat(context.getBean(OnePageCrmClient.class).baseUrl()).isEqualTo("https://eu.onepagecrm.com/api/v3"));
  }

  @Test
  void environmentVariablesConfigureAClientLikeFromEnv() {
    Runners.withEnvironmentVariables(runner,
        Map.of("QUARTET_ONEPAGECRM_USERID", "u", "QUARTET_ONEPAGECRM_APIKEY", "k", "QUARTET_ONEPAGECRM_BASEURL", "http://127.0.0.1:9/v3"))
        .run(context -> assertThat(context.getBean(OnePageCrmClient.class).baseUrl()).isEqualTo("http://127.0.0.1:9/v3"));
  }

  @Test
  void theApplicationsOwnClientWins() {
    runner.withUserConfiguration(OwnClient.class)
        .withPropertyValues("quartet.homestretch.base-url=https://from-properties.test", "quartet.homestretch.token=t")
        .run(context -> {
          assertThat(context).hasSingleBean(HomeStretchClient.class);
          assertThat(context.getBean(HomeStretchClient.class).baseUrl()).isEqualTo("https://own.test/");
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    HomeStretchClient myHomeStretch() {
      return HomeStretchClient.builder().baseUrl("https://own.test").token("own").build();
    }
  }
}
