package dev.quartet.citypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {
  private static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("CITYPOINT_CLIENT_ID", "cid");
    env.put("CITYPOINT_CLIENT_SECRET", "very-secret");
    env.put("CITYPOINT_USERNAME", "user");
    env.put("CITYPOINT_PASSWORD", "hunter2");
    return env;
  }

  @Test
  void fromEnvUsesProductionByDefault() {
    try (CitypointClient client = CitypointClient.fromEnv(env())) {
      assertThat(client.baseUrl()).isEqualTo("https://api.citypoint.ru/v2.1");
      assertThat(client.toString()).doesNotContain("very-secret").doesNotContain("hunter2");
    }
  }

  @Test
  void fromEnvReadsBaseUrlAndUserId() {
    Map<String, String> env = env();
    env.put("CITYPOINT_BASE_URL", "http://localhost:8089/citypoint/v2.1");
    env.put("CITYPOINT_USER_ID", "478");
    try (CitypointClient client = CitypointClient.fromEnv(env)) {
      assertThat(client.baseUrl()).isEqualTo("http://localhost:8089/citypoint/v2.1");
      assertThat(client.userId()).isEqualTo("478"); // no token request needed
    }
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    Map<String, String> env = env();
    env.remove("CITYPOINT_PASSWORD");
    assertThatThrownBy(() -> CitypointClient.fromEnv(env)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("CITYPOINT_PASSWORD");
  }

  @Test
  void builderExplainsMissingSettings() {
    assertThatThrownBy(() -> CitypointClient.builder().clientId("c").clientSecret("s").username("u").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> CitypointClient.builder().build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> CitypointClient.builder().baseUrl("not a url").clientId("c").clientSecret("s")
        .username("u").password("p").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> CitypointClient.builder().refreshMargin(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderToStringHidesSecrets() {
    String text = CitypointClient.builder().clientId("c").clientSecret("very-secret").username("u").password("hunter2").toString();
    assertThat(text).contains("clientId=c").doesNotContain("very-secret").doesNotContain("hunter2");
  }
}
