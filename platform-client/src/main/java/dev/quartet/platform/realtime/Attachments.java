package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.ByteString;

/**
 * socket.io's binary placeholders: {@code {"_placeholder":true,"num":n}} stands in the JSON for the
 * n-th binary frame after the packet. Outgoing, {@link BinaryNode}s are taken out of the tree; incoming,
 * the frames are put back as {@link BinaryNode}s.
 */
final class Attachments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Attachments() {}

  /** {@code data} with every binary node replaced by a placeholder, and the bytes in placeholder order. */
  record Split(JsonNode data, List<ByteString> frames) {}

  static Split deconstruct(JsonNode data) {
    List<ByteString> frames = new ArrayList<>();
    JsonNode out = take(data, frames);
    return new Split(out, List.copyOf(frames));
  }

  private static JsonNode take(JsonNode node, List<ByteString> frames) {
    if (node instanceof BinaryNode binary) {
      ObjectNode placeholder = NODES.objectNode().put("_placeholder", true).put("num", frames.size());
      frames.add(ByteString.of(binary.binaryValue()));
      return placeholder;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode(node.size());
      node.forEach(child -> copy.add(take(child, frames)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), take(field.getValue(), frames));
      }
      return copy;
    }
    return node;
  }

  /** {@code data} with each placeholder replaced by its frame; throws when one points past the frames. */
  static JsonNode reconstruct(JsonNode data, List<ByteString> frames) throws SocketIoException {
    if (isPlaceholder(data)) {
      int num = data.get("num").asInt(-1);
      if (num < 0 || num >= frames.size()) {
        throw new SocketIoException("binary placeholder " + num + " but " + frames.size() + " attachment(s) arrived");
      }
      return BinaryNode.valueOf(frames.get(num).toByteArray());
    }
    if (data.isArray()) {
      ArrayNode copy = NODES.arrayNode(data.size());
      for (JsonNode child : data) {
        copy.add(reconstruct(child, frames));
      }
      return copy;
    }
    if (data.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : data.properties()) {
        copy.set(field.getKey(), reconstruct(field.getValue(), frames));
      }
      return copy;
    }
    return data;
  }

  private static boolean isPlaceholder(JsonNode node) {
    return node.isObject() && node.path("_placeholder").asBoolean(false) && node.path("num").isInt();
  }
}
