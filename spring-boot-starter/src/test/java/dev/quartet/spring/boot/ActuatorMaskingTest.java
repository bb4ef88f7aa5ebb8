package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.PlatformClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator's {@code configprops} and {@code env} endpoints, set to show values, print every
 * {@code quartet.*} credential as {@code ******} while the other settings stay readable.
 */
class ActuatorMaskingTest {
  /** Every credential property, each with a value found nowhere else. */
  static final Map<String, String> SECRETS = Map.of(
      "quartet.homestretch.client-secret", "hs-secret-1f",
      "quartet.homestretch.token", "hs-token-2e",
      "quartet.platform.token", "pl-token-3d",
      "quartet.platform.password", "pl-password-4c",
      "quartet.citypoint.client-secret", "cp-secret-5b",
      "quartet.citypoint.password", "cp-password-6a",
      "quartet.onepagecrm.api-key", "crm-key-79");

  private static final ObjectMapper JSON = new ObjectMapper();

  // Both kinds of credentials at once would stop the clients from building: the application's own
  // clients stand in, and the properties beans are still bound and reported.
  private final ApplicationContextRunner runner = Runners.clients().withUserConfiguration(OwnClients.class)
      .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
          ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class))
      .withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
          "management.endpoint.configprops.show-values=ALWAYS", "management.endpoint.env.show-values=ALWAYS",
          "quartet.homestretch.base-url=https://hs.example.test", "quartet.homestretch.client-id=hs-client-id",
          "quartet.platform.login=api-user", "quartet.citypoint.client-id=cp-client-id",
          "quartet.citypoint.username=cp-user", "quartet.onepagecrm.user-id=crm-user-id");

  private static String[] secretProperties() {
    return SECRETS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  @Test
  void configpropsMasksEveryCredential() {
    runner.withPropertyValues(secretProperties()).run(context -> {
      String report = JSON.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
      assertThat(report).contains("hs-client-id", "cp-user", "crm-user-id", "https://hs.example.test", "******");
      SECRETS.forEach((name, value) -> assertThat(report).as(name).doesNotContain(value));
    });
  }

  @Test
  void envMasksEveryCredentialInEveryForm() {
    Runners.withEnvironmentVariables(runner.withPropertyValues(secretProperties()),
        Map.of("QUARTET_ONEPAGECRM_APIKEY", "crm-key-from-env", "QUARTET_HOMESTRETCH_CLIENT_SECRET", "hs-secret-from-env"))
        .run(context -> {
          String env = JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
          assertThat(env).contains("hs-client-id", "https://hs.example.test");
          for (String value : SECRETS.values()) {
            assertThat(env).doesNotContain(value);
          }
          assertThat(env).doesNotContain("crm-key-from-env", "hs-secret-from-env");
        });
  }

  @Test
  void withoutTheStartersFunctionShowValuesAlwaysPrintsThem() {
    // the reason the starter contributes a SanitizingFunction: since Boot 3 nothing is masked by key name
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=env", "management.endpoint.env.show-values=ALWAYS",
            "quartet.onepagecrm.api-key=crm-key-79")
        .run(context -> assertThat(JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null)))
            .contains("crm-key-79"));
  }

  @Test
  void theFunctionRecognisesOurCredentialsOnly() {
    for (String name : SECRETS.keySet()) {
      assertThat(QuartetSanitizingFunction.isSecret(name)).as(name).isTrue();
    }
    List<String> secretForms = List.of("quartet.onepagecrm.apiKey", "QUARTET_ONEPAGECRM_APIKEY", "quartet.citypoint.clientSecret",
        "QUARTET_PLATFORM_PASSWORD", "quartet.homestretch.credentials");
    secretForms.forEach(name -> assertThat(QuartetSanitizingFunction.isSecret(name)).as(name).isTrue());
    List<String> plain = List.of("quartet.homestretch.base-url", "quartet.homestretch.client-id", "quartet.platform.login",
        "quartet.onepagecrm.user-id", "quartet.citypoint.username", "spring.datasource.password", "QUARTETTE_TOKEN");
    plain.forEach(name -> assertThat(QuartetSanitizingFunction.isSecret(name)).as(name).isFalse());
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClients {
    @Bean
    HomeStretchClient ownHomeStretch() {
      return HomeStretchClient.builder().baseUrl("https://own.test").token("own").build();
    }

    @Bean
    PlatformClient ownPlatform() {
      return PlatformClient.builder().token("own").build();
    }

    @Bean
    CitypointClient ownCitypoint() {
      return CitypointClient.builder().clientId("own").clientSecret("own").username("own").password("own").build();
    }

    @Bean
    OnePageCrmClient ownOnePageCrm() {
      return OnePageCrmClient.builder().userId("own").apiKey("own").build();
    }
  }
}
