package dev.quartet.sandbox.homestretch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** HomeStretch's data store: the company structure and the places, by id. */
final class HomeStretchState {
  final Map<String, ObjectNode> places = new ConcurrentHashMap<>();
  final ObjectNode company;

  HomeStretchState(ObjectNode company) {
    this.company = company;
  }
}
