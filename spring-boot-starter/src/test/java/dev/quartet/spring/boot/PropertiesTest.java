package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.platform.PlatformClient;
import org.junit.jupiter.api.Test;

/** The properties classes: defaults that match the clients', and toString() without secrets. */
class PropertiesTest {
  @Test
  void defaultsMatchTheClients() {
    assertThat(new PlatformProperties().getBaseUrl()).isEqualTo(PlatformClient.DEFAULT_BASE_URL);
    assertThat(new CitypointProperties().getBaseUrl()).isEqualTo(CitypointClient.DEFAULT_BASE_URL);
  }

  @Test
  void homeStretchToStringHidesSecrets() {
    HomeStretchProperties p = new HomeStretchProperties();
    p.setBaseUrl("https://hs.test");
    p.setClientId("the-id");
    p.setClientSecret("s3cr3t-1");
    p.setToken("s3cr3t-2");
    assertThat(p.toString()).contains("https://hs.test", "the-id", "clientSecret=(set)", "token=(set)")
        .doesNotContain("s3cr3t");
  }

  @Test
  void platformToStringHidesSecrets() {
    PlatformProperties p = new PlatformProperties();
    p.setLogin("api-user");
    p.setPassword("s3cr3t-1");
    p.setToken("s3cr3t-2");
    assertThat(p.toString()).contains("api-user", "password=(set)", "token=(set)").doesNotContain("s3cr3t");
    assertThat(new PlatformProperties().toString()).contains("password=(not set)", "token=(not set)");
  }

  @Test
  void citypointToStringHidesSecrets() {
    CitypointProperties p = new CitypointProperties();
    p.setClientId("the-id");
    p.setClientSecret("s3cr3t-1");
    p.setUsername("demo");
    p.setPassword("s3cr3t-2");
    assertThat(p.toString()).contains("the-id", "demo", "clientSecret=(set)", "password=(set)").doesNotContain("s3cr3t");
  }

  @Test
  void onePageCrmToStringHidesTheApiKey() {
    OnePageCrmProperties p = new OnePageCrmProperties();
    p.setUserId("the-user");
    p.setApiKey("s3cr3t-1");
    assertThat(p.toString()).contains("the-user", "apiKey=(set)").doesNotContain("s3cr3t");
  }
}
