package dev.quartet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.sandbox.Sandbox;
import dev.quartet.onepagecrm.OnePageCrmClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The OnePageCRM example runs against the stateful sandbox: create, page, related records, unlink, partial update,
 * undo, webhook.
 */
class OnePageCrmExampleTest {

  @Test
  void runsAgainstTheSandbox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sandbox sandbox = Sandbox.start(); OnePageCrmClient crm = OnePageCrmExample.sandboxClient(sandbox.onePageCrm())) {
      OnePageCrmExample.run(crm, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Created contact")
        .contains("attachment")
        .contains("page 3 of 3: 3 contacts")
        .contains("walking every page lazily: 23 contacts")
        .contains("with fields=deals,notes: Mary Somerville has 1 deal(s) [Mechanism of the Heavens, 2nd edition]"
            + " and 1 note(s)")
        .contains("with fields=contacts: deal \"Mechanism of the Heavens, 2nd edition\" belongs to [Mary Somerville]")
        .contains("is externally controlled: changing it answers 409")
        .contains("unlinked (externally_controlled=false), then renamed \"Intro call\"")
        .contains("company still \"Royal Society\"")
        .contains("Deleted: reading it now answers 404")
        .contains("Undone: Mary Somerville is back")
        .contains("Webhook with a wrong secret refused");
  }
}
