package dev.quartet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.sandbox.Sandbox;
import dev.quartet.homestretch.HomeStretchClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example runs end to end against the sandbox, which keeps what it is sent. */
class HomeStretchExampleTest {

  @Test
  void runsAgainstTheSandbox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sandbox sandbox = Sandbox.start(); HomeStretchClient hs = Examples.homeStretch(sandbox)) {
      HomeStretchExample.run(hs, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Company: Sandbox Logistics")
        .contains("page 1: 10 places (Warehouse 01 .. Warehouse 10) of 42")
        .contains("page 3: 10 places")
        .contains("walking every page lazily: 42 places")
        .contains("Read back: Depot 7, Moscow, Red Square, 1")
        .contains("Updated:   comment is now \"Gate C, ring twice\"");
  }
}
