package dev.quartet.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhooksTest {
  static final String SECRET = "hook-5ecret-Value";
  final OnePageCrmWebhooks hooks = new OnePageCrmWebhooks(SECRET);

  @Test
  void parsesContactEventWithNumericTimestamp() {
    WebhookEvent event = hooks.parse("""
        {"timestamp":1528373119,"secretkey":"hook-5ecret-Value","type":"contact","reason":"created",
         "data":{"contact":{"id":"c1","first_name":"Ada","last_name":"Lovelace"}}}""");
    assertThat(event.type()).isEqualTo("contact");
    assertThat(event.reason()).isEqualTo("created");
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1528373119));
    assertThat(event.contact()).hasValueSatisfying(c -> assertThat(c.getLastName()).isEqualTo("Lovelace"));
    assertThat(event.deal()).isEmpty();
    assertThat(event.toString()).doesNotContain(SECRET);
  }

  @Test
  void parsesDealEventWithStringTimestamp() {
    WebhookEvent event = hooks.parse("""
        {"timestamp":"1528373120","secretkey":"hook-5ecret-Value","type":"deal","reason":"updated",
         "data":{"id":"d1","name":"Big one"}}""");
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1528373120));
    assertThat(event.deal()).hasValueSatisfying(d -> assertThat(d.getName()).isEqualTo("Big one"));
    assertThat(event.data().get("id").asText()).isEqualTo("d1");
  }

  @Test
  void actionAndNoteAccessors() {
    assertThat(hooks.parse("{\"secretkey\":\"" + SECRET + "\",\"type\":\"action\",\"reason\":\"completed\",\"data\":{\"action\":{\"id\":\"a1\",\"text\":\"Call\"}}}")
        .action()).hasValueSatisfying(a -> assertThat(a.getText()).isEqualTo("Call"));
    assertThat(hooks.parse("{\"secretkey\":\"" + SECRET + "\",\"type\":\"note\",\"reason\":\"deleted\",\"data\":{\"note\":{\"id\":\"n1\",\"text\":\"Hi\"}}}")
        .note()).hasValueSatisfying(n -> assertThat(n.getText()).isEqualTo("Hi"));
  }

  @Test
  void rejectsWrongOrMissingSecret() {
    assertThatThrownBy(() -> hooks.parse("{\"secretkey\":\"guess\",\"type\":\"contact\",\"data\":{}}"))
        .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("does not match")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> hooks.parse("{\"type\":\"contact\",\"data\":{}}"))
        .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("no secretkey");
    assertThatThrownBy(() -> hooks.parse("not json")).isInstanceOf(InvalidWebhookException.class);
    assertThatThrownBy(() -> new OnePageCrmWebhooks("")).isInstanceOf(IllegalArgumentException.class);
  }
}
