package dev.quartet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.platform.model.Credentials;
import dev.quartet.platform.model.Entity;
import dev.quartet.platform.model.ErrorBody;
import dev.quartet.platform.model.LoginAnswer;
import dev.quartet.platform.model.Packet;
import dev.quartet.platform.model.TokenAnswer;
import dev.quartet.platform.realtime.EngineIoOpen;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every JSON sample of the seed parses into the typed models. */
class FixturesTest {
  private final ObjectMapper mapper = PlatformJson.mapper();

  @Test
  void tokenAnswerWithTheVendorsSpelling() throws Exception {
    TokenAnswer answer = mapper.readValue(Fixtures.read("token-answer.json"), TokenAnswer.class);
    assertThat(answer.getType()).isEqualTo("access");
    assertThat(answer.getToken()).isEqualTo("<ACCESS TOKEN VALUE>");
    assertThat(answer.getIssuedAt()).isEqualTo(Instant.ofEpochMilli(1494594580646L));
    assertThat(Duration.between(answer.getIssuedAt(), answer.getExpiresAt())).isEqualTo(Duration.ofHours(24));
    assertThat(answer.getSuccess()).isNull();
    assertThat(answer.getAdditionalProperty("sucess")).isEqualTo(true);
    assertThat(answer.toString()).doesNotContain("ACCESS TOKEN VALUE");
  }

  @Test
  void loginAnswer() throws Exception {
    LoginAnswer answer = mapper.readValue(Fixtures.read("login-answer.json"), LoginAnswer.class);
    assertThat(answer.getAdditionalProperty("sucess")).isEqualTo(true);
  }

  @Test
  void credentialsAreMaskedInToString() {
    assertThat(new Credentials().login("<API USER LOGIN>").password("<API USER PASSWORD>").toString())
        .contains("<API USER LOGIN>").doesNotContain("<API USER PASSWORD>");
  }

  @Test
  void errorBodies() throws Exception {
    for (String name : new String[] {"error-401.json", "error-403.json", "error-404.json", "error-full.json"}) {
      ErrorBody body = mapper.readValue(Fixtures.read(name), ErrorBody.class);
      assertThat(body.getSuccess()).isFalse();
      assertThat(body.getTags()).isNotEmpty();
      assertThat(body.getMessage()).isNotBlank();
    }
  }

  @Test
  void openPacketWithoutSid() {
    String packet = Fixtures.read("open-packet.txt");
    assertThat(packet).startsWith("0");
    EngineIoOpen open = EngineIoOpen.parse(packet.substring(1), mapper);
    assertThat(open.sid()).isNull();
    assertThat(open.pingIntervalMillis()).isEqualTo(25_000);
    assertThat(open.pingTimeoutMillis()).isEqualTo(60_000);
    assertThat(open.upgrades()).isEmpty();
  }

  @Test
  void openPacketIsReadLeniently() {
    EngineIoOpen full = EngineIoOpen.parse("{\"sid\":\"abc\",\"upgrades\":[],\"pingInterval\":\"100\",\"pingTimeout\":-1}", mapper);
    assertThat(full.sid()).isEqualTo("abc");
    assertThat(full.pingIntervalMillis()).isEqualTo(100);
    assertThat(full.pingTimeoutMillis()).isEqualTo(EngineIoOpen.DEFAULT_PING_TIMEOUT);
    assertThat(EngineIoOpen.parse("not json", mapper).pingIntervalMillis()).isEqualTo(EngineIoOpen.DEFAULT_PING_INTERVAL);
    assertThat(EngineIoOpen.parse("", mapper).sid()).isNull();
  }

  @Test
  void entityAndPacketExamplesOfTheSpec() throws Exception {
    Entity entity = mapper.readValue("{\"_id\":\"58238a935baa56173b24f0e4\",\"name\":\"Boiler 1\",\"time\":1567285200000,"
        + "\"owner\":\"58238a935baa56173b24f0e1\",\"group\":\"58238a935baa56173b24f0e2\",\"access\":[\"58238a935baa56173b24f0e2\"],"
        + "\"branch\":[\"58238a935baa56173b24f0e2\"],\"id\":\"boiler-0001\",\"model\":\"58238a935baa56173b24f0e5\"}", Entity.class);
    assertThat(entity.getId()).isEqualTo("58238a935baa56173b24f0e4");
    assertThat(entity.getTime()).isEqualTo(Instant.parse("2019-08-31T21:00:00Z"));
    assertThat(entity.getAdditionalProperties()).containsKeys("id", "model");

    Packet packet = mapper.readValue("{\"_ts\":1567285200000123,\"time\":1567285200000,\"online\":true,\"temperature\":36.6}", Packet.class);
    assertThat(packet.getTs()).isEqualTo(1567285200000123L);
    assertThat(packet.getTime()).isEqualTo(Instant.ofEpochMilli(1567285200000L));
    assertThat(packet.getOnline()).isTrue();
    assertThat(packet.getAdditionalProperty("temperature")).isEqualTo(36.6);
  }
}
