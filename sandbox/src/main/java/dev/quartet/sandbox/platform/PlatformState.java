package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The platform's data store: every store's records by id, each object's packets and events. */
final class PlatformState {
  final Map<String, Map<String, ObjectNode>> stores = new LinkedHashMap<>();
  final Map<String, List<ObjectNode>> packets = new LinkedHashMap<>();
  final Map<String, List<ObjectNode>> events = new LinkedHashMap<>();
  final AtomicLong ids = new AtomicLong(0x100);

  Map<String, ObjectNode> store(String name) {
    return stores.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  String nextId() {
    return String.format("5f0c0ffee0%014x", ids.incrementAndGet());
  }

  /** Replaces everything held with {@code seed}'s data, so routes holding this state see the reset. */
  void restore(PlatformState seed) {
    stores.clear();
    stores.putAll(seed.stores);
    packets.clear();
    packets.putAll(seed.packets);
    events.clear();
    events.putAll(seed.events);
    ids.set(seed.ids.get());
  }
}
