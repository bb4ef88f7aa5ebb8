package dev.quartet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.examples.sandbox.Sandbox;
import dev.quartet.onepagecrm.OnePageCrmClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The OnePageCRM example runs against the stateful sandbox: create, page, partial update, undo, webhook. */
class OnePageCrmExampleTest {

  @Test
  void runsAgainstTheSandbox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sandbox sandbox = Sandbox.start(); OnePageCrmClient crm = OnePageCrmExample.sandboxClient(sandbox.server())) {
      OnePageCrmExample.run(crm, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Created contact")
        .contains("attachment")
        .contains("page 3 of 3: 3 contacts")
        .contains("walking every page lazily: 23 contacts")
        .contains("company still \"Royal Society\"")
        .contains("Deleted: reading it now answers 404")
        .contains("Undone: Mary Somerville is back")
        .contains("Webhook with a wrong secret refused");
  }
}
