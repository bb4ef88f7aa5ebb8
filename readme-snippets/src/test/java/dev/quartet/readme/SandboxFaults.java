package dev.quartet.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.sandbox.FaultRule;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxApi;
import dev.quartet.sandbox.SandboxExtension;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SandboxFaults {
    // readme:begin
    @ExtendWith(SandboxExtension.class)
    class ResilienceTest {
      @Test
      void readsThroughABurstOf503s(Sandbox sandbox, HomeStretchSandbox hs) {
        sandbox.injectFaults(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "GET", "/places/.*")
            .serverErrorBursts(2, 10)                  // the 1st and 2nd of every 10 place reads answer 503
            .latency(Duration.ofMillis(50)));          // and every place read takes 50 ms longer
        try (HomeStretchClient client = HomeStretchClient.builder()
            .baseUrl(hs.baseUrl()).clientId(hs.clientId()).clientSecret(hs.clientSecret()).build()) {
          assertThat(client.places().getPlace("place-001").getId()).isEqualTo("place-001");   // retried through
        } finally {
          sandbox.clearFaults();
        }
        assertThat(sandbox.unmatchedRequests()).isEmpty();   // the client asked for nothing the API lacks
      }
    }
    // readme:end
}
