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
    assertThat(homeStretch.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/homestretch");
    assertThat(onePageCrm.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/onepagecrm/api/v3");
    assertThat(output.getOut()).contains("HomeStretch: company ", "Rightech platform: 1 model(s)",
        "OnePageCRM: ", "Citypoint: ").doesNotContain("not configured").doesNotContain("sandbox-secret");
  }
}
