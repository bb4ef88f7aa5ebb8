package dev.quartet.platform.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** How a list of socket.io arguments is handed to the short callback forms. */
final class AckArgs {
  private AckArgs() {}

  /** A null node for no argument, the argument itself for one, the array for several. */
  static JsonNode payload(ArrayNode args) {
    if (args == null || args.isEmpty()) {
      return NullNode.getInstance();
    }
    return args.size() == 1 ? args.get(0) : args;
  }
}
