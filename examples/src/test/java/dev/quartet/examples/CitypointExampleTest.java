package dev.quartet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.citypoint.CitypointClient;
import dev.quartet.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Citypoint example runs against the sandbox: day totals (the next day not computed yet), notes, and a 304 shown as "not modified". */
class CitypointExampleTest {

  @Test
  void runsAgainstTheSandbox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sandbox sandbox = Sandbox.start(); CitypointClient cp = CitypointExample.sandboxClient(sandbox.citypoint())) {
      CitypointExample.run(cp, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("user_id from the token: 478")
        .contains("Totals for 2024-05-20:")
        .containsPattern("А123ВС77 +150\\.5 km +7\\.0 h")
        .contains("Totals for 2024-05-21: not computed yet")
        .contains("Last important note per vehicle (2 in all")
        .contains("not modified (304)");
  }
}
