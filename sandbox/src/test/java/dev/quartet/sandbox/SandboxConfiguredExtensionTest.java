package dev.quartet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.errors.InternalServerException;
import dev.quartet.homestretch.HomeStretchClient;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension started from a builder: its fault rules on from the start, {@link ResetSandbox} back to them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxConfiguredExtensionTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Sandbox.builder()
      .fault(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "GET", "/company").serverErrorBursts(1, 1))
      .citypointTokenLifetime(Duration.ofMinutes(5)));

  @Test
  @Order(1)
  void theBuildersRuleIsOnAndAnInjectedOneJoinsIt(Sandbox sandbox) {
    sandbox.injectFaults(FaultRule.forRoute(SandboxApi.HOMESTRETCH, "GET", "/places/.*").serverErrorBursts(1, 1));
    HomeStretchClient client = client(sandbox);
    assertThatThrownBy(() -> client.company().getCompanyStructure()).isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> client.places().getPlace("place-001")).isInstanceOf(InternalServerException.class);
    assertThat(sandbox.faultRules()).hasSize(2);
  }

  @Test
  @Order(2)
  @ResetSandbox
  void resetLeavesOnlyTheBuildersRule(Sandbox sandbox) {
    HomeStretchClient client = client(sandbox);
    assertThat(sandbox.faultRules()).extracting(FaultRule::toString)
        .containsExactly("api=homestretch,method=GET,path=/company,503=1/1");
    assertThat(client.places().getPlace("place-001").getId()).isEqualTo("place-001");
    assertThatThrownBy(() -> client.company().getCompanyStructure()).isInstanceOf(InternalServerException.class);
  }

  private static HomeStretchClient client(Sandbox sandbox) {
    return HomeStretchClient.builder().baseUrl(sandbox.homeStretch().baseUrl())
        .clientId(sandbox.homeStretch().clientId()).clientSecret(sandbox.homeStretch().clientSecret())
        .maxRetries(0).build();
  }
}
