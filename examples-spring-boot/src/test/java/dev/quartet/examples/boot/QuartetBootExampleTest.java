package dev.quartet.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.platform.PlatformClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Smoke test: the application starts on the sandbox profile, gets all four clients and the tour reaches each. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class QuartetBootExampleTest {
  @Autowired
  HomeStretchClient homeStretch;
  @Autowired
  PlatformClient platform;
  @Autowired
  CitypointClient citypoint;
  @Autowired
  OnePageCrmClient onePageCrm;

  @Test
  void theTourCallsEveryClientOnTheSandbox(CapturedOutput output) {
    // the sandbox profile is the default: every client points at the embedded sandbox on this machine
    String sandbox = "http://localhost:";
    assertThat(homeStretch.baseUrl()).startsWith(sandbox).endsWith("/homestretch");
    assertThat(platform.baseUrl()).startsWith(sandbox).endsWith("/platform");
    assertThat(citypoint.baseUrl()).startsWith(sandbox).endsWith("/citypoint/v2.1");
    assertThat(onePageCrm.baseUrl()).startsWith(sandbox).endsWith("/onepagecrm/api/v3");
    assertThat(output.getOut()).contains("HomeStretch: company ", "Rightech platform: 1 model(s)",
        "Citypoint: 3 car(s)", "OnePageCRM: ").doesNotContain("not configured").doesNotContain("sandbox-secret");
  }
}
