package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One socket.io packet, the text after Engine.IO's {@code 4}:
 * {@code <type>[<attachments>-][<namespace>,][<ack id>][<json>]}, e.g. {@code 2["event",1]},
 * {@code 2/admin,7["event"]}, {@code 51-["file",{"_placeholder":true,"num":0}]}, {@code 317[true]}.
 *
 * @param type {@link #CONNECT} to {@link #BINARY_ACK}, or another digit the channel does not handle
 * @param namespace {@code /} unless the packet names one
 * @param ackId the ack id, or -1 for none
 * @param data the JSON part, or null when there is none
 * @param attachments how many binary frames follow ({@code 5} and {@code 6} only)
 */
record SocketIoPacket(int type, String namespace, long ackId, JsonNode data, int attachments) {
  static final int CONNECT = 0;
  static final int DISCONNECT = 1;
  static final int EVENT = 2;
  static final int ACK = 3;
  static final int CONNECT_ERROR = 4;
  static final int BINARY_EVENT = 5;
  static final int BINARY_ACK = 6;

  static SocketIoPacket of(int type, String namespace, long ackId, JsonNode data) {
    return new SocketIoPacket(type, namespace, ackId, data, 0);
  }

  /** Reads a packet; throws {@link SocketIoException} naming what is wrong with it. */
  static SocketIoPacket parse(String text, ObjectMapper mapper) throws SocketIoException {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      throw malformed("no packet type", text);
    }
    int type = text.charAt(0) - '0';
    int i = 1;
    int attachments = 0;
    if (type == BINARY_EVENT || type == BINARY_ACK) {
      int dash = text.indexOf('-', i);
      if (dash < 0 || !digits(text, i, dash)) {
        throw malformed("a binary packet without its attachment count", text);
      }
      attachments = Integer.parseInt(text.substring(i, dash));
      i = dash + 1;
    }
    String namespace = "/";
    if (i < text.length() && text.charAt(i) == '/') {
      int comma = text.indexOf(',', i);
      int end = comma < 0 ? text.length() : comma;
      namespace = text.substring(i, end);
      i = comma < 0 ? end : comma + 1;
    }
    int idStart = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    long ackId = -1;
    if (i > idStart) {
      try {
        ackId = Long.parseLong(text.substring(idStart, i));
      } catch (NumberFormatException tooLong) {
        throw malformed("an ack id out of range", text);
      }
    }
    JsonNode data = null;
    if (i < text.length()) {
      try {
        data = mapper.readTree(text.substring(i));
      } catch (Exception unreadable) {
        throw malformed("unreadable JSON", text);
      }
    }
    SocketIoPacket packet = new SocketIoPacket(type, namespace, ackId, data, attachments);
    packet.check(text);
    return packet;
  }

  private void check(String text) throws SocketIoException {
    boolean ok = switch (type) {
      case EVENT, BINARY_EVENT -> data != null && data.isArray() && !data.isEmpty() && data.get(0).isTextual();
      case ACK, BINARY_ACK -> data != null && data.isArray() && ackId >= 0;
      case CONNECT -> data == null || data.isObject();
      default -> true;
    };
    if (!ok) {
      throw malformed(type == EVENT || type == BINARY_EVENT ? "an event without a [\"name\", ...] array"
          : type == CONNECT ? "a connect packet whose data is not an object" : "an ack without an id and an array", text);
    }
  }

  /** The packet as text (without Engine.IO's {@code 4}). */
  String encode() {
    StringBuilder out = new StringBuilder().append(type);
    if (type == BINARY_EVENT || type == BINARY_ACK) {
      out.append(attachments).append('-');
    }
    if (!"/".equals(namespace)) {
      out.append(namespace).append(',');
    }
    if (ackId >= 0) {
      out.append(ackId);
    }
    if (data != null) {
      out.append(data);
    }
    return out.toString();
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to - from < 6;
  }

  private static SocketIoException malformed(String what, String text) {
    return new SocketIoException("malformed socket.io packet (" + what + "): " + Frames.preview(text));
  }
}
