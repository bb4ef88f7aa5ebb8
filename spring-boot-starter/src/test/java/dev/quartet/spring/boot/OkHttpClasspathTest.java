package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/**
 * The OkHttp the dependency management of this run resolved (Boot's alone, or with Spring Cloud's BOM):
 * one jar holding the {@code okhttp3} classes, of the 5.x line the SDK is built for.
 */
class OkHttpClasspathTest {
  @Test
  void exactlyOneOkHttpOfTheFiveLine() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).toString()).contains("okhttp-jvm");
    assertThat(OkHttp.VERSION).startsWith("5.");
  }
}
