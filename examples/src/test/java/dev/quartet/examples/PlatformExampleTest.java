package dev.quartet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.sandbox.Sandbox;
import dev.quartet.platform.PlatformClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The platform example runs against the sandbox and receives the real-time events its changes cause. */
class PlatformExampleTest {

  @Test
  void runsAgainstTheSandbox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sandbox sandbox = Sandbox.start(); PlatformClient platform = PlatformExample.sandboxClient(sandbox.platform())) {
      PlatformExample.run(platform, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Created object Quartet demo thermometer")
        .contains("Objects of model Thermometer: 1")
        .contains("[real-time] object-insert")
        .contains("[real-time] object-packet")
        .contains("State after the packet: {")
        .contains("The object's model: Thermometer (5f0c0ffee0000000000000a1)")
        .contains("Event history since the start, object-insert and object-packet only: 2 events")
        .contains("Event types seen in the organisation: [object-insert, object-packet, object-update]")
        .contains("Real-time channel closed.");
  }
}
