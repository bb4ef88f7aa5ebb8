package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** What the jar tells Spring Boot and the IDE: the auto-configurations and the documented properties. */
class MetadataTest {
  @Test
  void theAutoConfigurationsAreRegistered() {
    List<String> candidates = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);
    assertThat(candidates).contains(HomeStretchAutoConfiguration.class.getName(), PlatformAutoConfiguration.class.getName(),
        CitypointAutoConfiguration.class.getName(), OnePageCrmAutoConfiguration.class.getName(),
        QuartetActuatorAutoConfiguration.class.getName());
  }

  @Test
  void everyPropertyIsDescribedForTheIde() throws Exception {
    Map<String, JsonNode> ours = new TreeMap<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
          if (property.path("name").asText().startsWith("quartet.")) {
            ours.put(property.path("name").asText(), property);
          }
        }
      }
    }
    assertThat(ours.keySet()).containsExactly(
        "quartet.citypoint.base-url", "quartet.citypoint.client-id", "quartet.citypoint.client-secret",
        "quartet.citypoint.password", "quartet.citypoint.timeout", "quartet.citypoint.user-id", "quartet.citypoint.username",
        "quartet.homestretch.base-url", "quartet.homestretch.client-id", "quartet.homestretch.client-secret",
        "quartet.homestretch.timeout", "quartet.homestretch.token",
        "quartet.onepagecrm.api-key", "quartet.onepagecrm.base-url", "quartet.onepagecrm.region", "quartet.onepagecrm.timeout",
        "quartet.onepagecrm.user-id",
        "quartet.platform.auth", "quartet.platform.base-url", "quartet.platform.login", "quartet.platform.password",
        "quartet.platform.realtime-url", "quartet.platform.timeout", "quartet.platform.token");
    ours.forEach((name, property) -> assertThat(property.path("description").asText()).as(name).isNotBlank());
    assertThat(ours.get("quartet.platform.base-url").path("defaultValue").asText()).isEqualTo("https://dev.rightech.io");
    assertThat(ours.get("quartet.homestretch.timeout").path("type").asText()).isEqualTo("java.time.Duration");
  }
}
