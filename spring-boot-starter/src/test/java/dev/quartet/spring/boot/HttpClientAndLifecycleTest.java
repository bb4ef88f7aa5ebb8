package dev.quartet.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.quartet.homestretch.HomeStretchClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's OkHttpClient carries the calls, and the clients are closed with the context. */
class HttpClientAndLifecycleTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(get("/company").willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"name\":\"Acme\",\"ownerId\":\"owner-1\",\"accountIds\":[],\"branches\":[]}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ApplicationContextRunner homeStretch() {
    return Runners.clients().withPropertyValues("quartet.homestretch.base-url=" + server.baseUrl(), "quartet.homestretch.token=t");
  }

  @Test
  void callsGoThroughTheApplicationsOkHttpClient() {
    homeStretch().withUserConfiguration(RecordingHttpClient.class).run(context -> {
      assertThat(context.getBean(HomeStretchClient.class).company().getCompanyStructure().getName()).isEqualTo("Acme");
      List<String> seen = context.getBean(RecordingHttpClient.class).seen;
      assertThat(seen).containsExactly("GET /company Bearer t");
    });
  }

  @Test
  void severalOkHttpClientsWithoutAPrimaryLeaveTheClientItsOwn() {
    homeStretch().withUserConfiguration(RecordingHttpClient.class, SecondHttpClient.class).run(context -> {
      assertThat(context.getBean(HomeStretchClient.class).company().getCompanyStructure().getName()).isEqualTo("Acme");
      assertThat(context.getBean(RecordingHttpClient.class).seen).isEmpty();
    });
  }

  @Test
  void closingTheContextClosesTheClientItBuilt() throws Exception {
    AtomicReference<HomeStretchClient> client = new AtomicReference<>();
    homeStretch().run(context -> {
      client.set(context.getBean(HomeStretchClient.class));
      assertThat(client.get().company().getCompanyStructureAsync().get(10, TimeUnit.SECONDS).getName()).isEqualTo("Acme");
    });
    // its dispatcher is shut down: asynchronous calls are refused without reaching the server
    int before = server.getAllServeEvents().size();
    assertThatThrownBy(() -> client.get().company().getCompanyStructureAsync().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class);
    assertThat(server.getAllServeEvents()).hasSize(before);
  }

  @Test
  void closingTheContextLeavesTheApplicationsOkHttpClientRunning() {
    AtomicReference<OkHttpClient> http = new AtomicReference<>();
    homeStretch().withUserConfiguration(RecordingHttpClient.class).run(context -> {
      http.set(context.getBean(OkHttpClient.class));
      context.getBean(HomeStretchClient.class).company().getCompanyStructure();
    });
    assertThat(http.get().dispatcher().executorService().isShutdown()).isFalse();
  }

  @Configuration(proxyBeanMethods = false)
  static class RecordingHttpClient {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Bean
    OkHttpClient applicationHttpClient() {
      return new OkHttpClient.Builder().addInterceptor(chain -> {
        seen.add(chain.request().method() + " " + chain.request().url().encodedPath() + " "
            + chain.request().header("Authorization"));
        return chain.proceed(chain.request());
      }).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class SecondHttpClient {
    @Bean
    OkHttpClient anotherHttpClient() {
      return new OkHttpClient();
    }
  }
}
