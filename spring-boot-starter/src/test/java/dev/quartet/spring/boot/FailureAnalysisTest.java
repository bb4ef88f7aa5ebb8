package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Incomplete settings fail the start-up with a Boot failure analysis that names the property and the way out. */
class FailureAnalysisTest {
  @Test
  void theAnalysisNamesTheMissingPropertyAndThePrefix() {
    Runners.clients().withPropertyValues("quartet.citypoint.client-id=c").run(context -> {
      FailureAnalysis analysis = new QuartetPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("quartet.citypoint.client-secret is required");
      assertThat(analysis.getAction()).contains("Complete the quartet.citypoint.* properties", "remove all of them");
    });
  }

  @Test
  void otherFailuresAreLeftToOtherAnalyzers() {
    Runners.clients().withPropertyValues("quartet.onepagecrm.user-id=u", "quartet.onepagecrm.api-key=k",
        "quartet.onepagecrm.base-url=not a url").run(context ->
            assertThat(new QuartetPropertiesFailureAnalyzer().analyze(context.getStartupFailure())).isNull());
  }

  @Test
  void theAnalyzerIsRegistered() throws Exception {
    List<String> analyzers = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = new Properties();
      try (InputStream in = url.openStream()) {
        factories.load(in);
      }
      String names = factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer", "");
      for (String name : names.split(",")) {
        analyzers.add(name.trim());
      }
    }
    assertThat(analyzers).contains(QuartetPropertiesFailureAnalyzer.class.getName());
  }
}
