package dev.quartet.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import java.util.List;
import java.util.Map;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class SocketIoPacketTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void readsEveryPartOfThePacketFormat() throws Exception {
    SocketIoPacket plain = SocketIoPacket.parse("2[\"e\",1]", mapper);
    assertThat(plain.type()).isEqualTo(SocketIoPacket.EVENT);
    assertThat(plain.namespace()).isEqualTo("/");
    assertThat(plain.ackId()).isEqualTo(-1);
    assertThat(plain.data().toString()).isEqualTo("[\"e\",1]");

    SocketIoPacket full = SocketIoPacket.parse("2/admin,17[\"e\"]", mapper);
    assertThat(full.namespace()).isEqualTo("/admin");
    assertThat(full.ackId()).isEqualTo(17);

    SocketIoPacket binary = SocketIoPacket.parse("52-/admin,3[\"f\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]", mapper);
    assertThat(binary.type()).isEqualTo(SocketIoPacket.BINARY_EVENT);
    assertThat(binary.attachments()).isEqualTo(2);
    assertThat(binary.namespace()).isEqualTo("/admin");
    assertThat(binary.ackId()).isEqualTo(3);

    SocketIoPacket ack = SocketIoPacket.parse("3/x,5[]", mapper);
    assertThat(ack.type()).isEqualTo(SocketIoPacket.ACK);
    assertThat(ack.ackId()).isEqualTo(5);

    assertThat(SocketIoPacket.parse("0{\"sid\":\"a\"}", mapper).data().get("sid").asText()).isEqualTo("a");
    assertThat(SocketIoPacket.parse("0/admin,", mapper).namespace()).isEqualTo("/admin");
    assertThat(SocketIoPacket.parse("1", mapper).type()).isEqualTo(SocketIoPacket.DISCONNECT);
    assertThat(SocketIoPacket.parse("4\"not authorized\"", mapper).data().asText()).isEqualTo("not authorized"); // v3 style
  }

  @Test
  void encodesWhatItReads() throws Exception {
    for (String text : List.of("2[\"e\",1]", "2/admin,17[\"e\"]", "51-3[\"f\",{\"_placeholder\":true,\"num\":0}]", "3/x,5[]", "0",
        "0{\"token\":\"t\"}", "0/devices,{\"a\":1}", "1/devices,", "64-0[]")) {
      assertThat(SocketIoPacket.parse(text, mapper).encode()).isEqualTo(text);
    }
  }

  @Test
  void malformedPacketsAreNamed() {
    assertThatThrownBy(() -> SocketIoPacket.parse("2not json", mapper)).isInstanceOf(SocketIoException.class).hasMessageContaining("unreadable JSON");
    assertThatThrownBy(() -> SocketIoPacket.parse("2{\"a\":1}", mapper)).hasMessageContaining("an event without");
    assertThatThrownBy(() -> SocketIoPacket.parse("2[1]", mapper)).hasMessageContaining("an event without");
    assertThatThrownBy(() -> SocketIoPacket.parse("3[1]", mapper)).hasMessageContaining("an ack without an id");
    assertThatThrownBy(() -> SocketIoPacket.parse("5[\"e\"]", mapper)).hasMessageContaining("attachment count");
    assertThatThrownBy(() -> SocketIoPacket.parse("x", mapper)).hasMessageContaining("no packet type");
  }

  @Test
  void binaryNodesBecomePlaceholdersAndComeBack() throws Exception {
    JsonNode data = mapper.valueToTree(List.of("file", Map.of("name", "a", "bytes", new byte[] {1, 2}), new byte[] {3}));
    Attachments.Split split = Attachments.deconstruct(data);
    assertThat(split.frames()).containsExactly(ByteString.of((byte) 1, (byte) 2), ByteString.of((byte) 3));
    assertThat(split.data().get(1).get("bytes").toString()).isEqualTo("{\"_placeholder\":true,\"num\":0}");
    assertThat(split.data().get(2).toString()).isEqualTo("{\"_placeholder\":true,\"num\":1}");

    JsonNode back = Attachments.reconstruct(split.data(), split.frames());
    assertThat(back.get(1).get("bytes")).isInstanceOf(BinaryNode.class);
    assertThat(back.get(1).get("bytes").binaryValue()).containsExactly(1, 2);
    assertThat(back.get(2).binaryValue()).containsExactly(3);
    assertThatThrownBy(() -> Attachments.reconstruct(split.data(), List.of(ByteString.EMPTY)))
        .hasMessageContaining("placeholder 1 but 1 attachment(s)");
  }

  @Test
  void theAssemblerWaitsForEveryFrame() throws Exception {
    BinaryAssembler assembler = new BinaryAssembler();
    assertThat(assembler.begin(SocketIoPacket.parse("52-[\"f\",{\"_placeholder\":true,\"num\":1},{\"_placeholder\":true,\"num\":0}]", mapper))).isNull();
    assertThat(assembler.add(ByteString.encodeUtf8("zero"))).isNull();
    SocketIoPacket done = assembler.add(ByteString.encodeUtf8("one"));
    assertThat(done.data().get(1).binaryValue()).isEqualTo("one".getBytes());
    assertThat(done.data().get(2).binaryValue()).isEqualTo("zero".getBytes());
    assertThat(assembler.collecting()).isFalse();
    assertThatThrownBy(() -> assembler.add(ByteString.EMPTY)).hasMessageContaining("without a binary packet before it");
  }

  @Test
  void negotiationFallsBackOnceAndNamesWhatItTried() {
    ProtocolNegotiation negotiate = new ProtocolNegotiation(null);
    assertThat(negotiate.current()).isEqualTo(EngineIoVersion.V3);
    assertThat(ProtocolNegotiation.isVersionRefusal(400, "Unsupported protocol version")).isTrue();
    assertThat(ProtocolNegotiation.isVersionRefusal(400, "{\"code\":5,\"message\":\"Unsupported protocol version\"}")).isTrue();
    assertThat(ProtocolNegotiation.isVersionRefusal(400, "Bad request")).isFalse();
    assertThat(ProtocolNegotiation.isVersionRefusal(503, "Unsupported protocol version")).isFalse();
    assertThat(negotiate.refused()).isEqualTo(EngineIoVersion.V4);
    assertThat(negotiate.refused()).isNull();
    assertThat(negotiate.failure(ProtocolNegotiation.httpAnswer(400, "Unsupported protocol version")))
        .isEqualTo("the socket.io server speaks none of the protocol versions tried (Engine.IO v3 and Engine.IO v4):"
            + " it answered HTTP 400 \"Unsupported protocol version\"");

    ProtocolNegotiation pinned = new ProtocolNegotiation(EngineIoVersion.V4);
    assertThat(pinned.current()).isEqualTo(EngineIoVersion.V4);
    assertThat(pinned.refused()).isNull();
    assertThat(pinned.failure(ProtocolNegotiation.httpAnswer(400, "x"))).contains("pinned protocol version Engine.IO v4: it answered HTTP 400 \"x\"");

    ProtocolNegotiation remembered = new ProtocolNegotiation(null);
    remembered.refused();
    remembered.accepted(); // v4 worked: kept; a later refusal may fall back once more
    assertThat(remembered.current()).isEqualTo(EngineIoVersion.V4);
    assertThat(remembered.refused()).isEqualTo(EngineIoVersion.V3);
  }

  @Test
  void optionsRefuseBadValuesAndHideTheAuthPayload() {
    assertThatThrownBy(() -> SocketIoOptions.builder().namespace("admin")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace");
    assertThatThrownBy(() -> SocketIoOptions.builder().namespace("/a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocketIoOptions.builder().ackTimeout(java.time.Duration.ZERO)).hasMessageContaining("ackTimeout");
    SocketIoOptions options = SocketIoOptions.builder().auth(Map.of("token", "s3cret")).build();
    assertThat(options.toString()).doesNotContain("s3cret").contains("auth=***");
    assertThat(SocketIoOptions.defaults().version()).isNull();
    assertThat(SocketIoOptions.defaults().namespace()).isEqualTo("/");
  }
}
