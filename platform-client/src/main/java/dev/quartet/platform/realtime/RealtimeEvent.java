package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One socket.io event as it arrived ({@code 42} or, with binary attachments, {@code 45}).
 *
 * @param namespace the namespace the packet names ({@code /} when it names none)
 * @param name the event name, the first element of the packet's array
 * @param args every argument after the name, in order; binary attachments are
 *     {@link com.fasterxml.jackson.databind.node.BinaryNode}s ({@code binaryValue()} gives the bytes) in
 *     place of their placeholders
 * @param ack answers the server when it asked for it ({@link Acknowledgement#requested()})
 */
public record RealtimeEvent(String namespace, String name, ArrayNode args, Acknowledgement ack) {

  /**
   * {@return the arguments the short listener form gets: a null node for none, the argument for one,
   * {@link #args()} for several}
   */
  public JsonNode payload() {
    return AckArgs.payload(args);
  }

  @Override
  public String toString() {
    return "RealtimeEvent{" + namespace + " " + name + ", " + args.size() + " args" + (ack.requested() ? ", ack requested" : "") + "}";
  }
}
