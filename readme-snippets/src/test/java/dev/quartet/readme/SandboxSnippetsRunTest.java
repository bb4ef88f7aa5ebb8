package dev.quartet.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/**
 * The README's sandbox test classes are compiled as inner classes of their snippet files, which JUnit
 * does not discover; this runs their test methods against a sandbox, as the extension would inject it.
 */
class SandboxSnippetsRunTest {
  @Test
  void theJUnitSnippetPasses() {
    try (Sandbox sandbox = Sandbox.start()) {
      new SandboxJUnit().new PlacesTest().createsAPlace(sandbox.homeStretch(), sandbox);
    }
  }

  @Test
  void theFaultSnippetPassesAndItsRuleWasHit() {
    try (Sandbox sandbox = Sandbox.start()) {
      new SandboxFaults().new ResilienceTest().readsThroughABurstOf503s(sandbox, sandbox.homeStretch());
      assertThat(sandbox.requests()).filteredOn(r -> r.url().startsWith("/homestretch/places/"))
          .extracting(r -> r.status()).containsExactly(503, 503, 200);
    }
  }
}
