package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Citypoint's data store: every resource the emulated endpoints answer with, as JSON:API resources
 * ({@code id}, {@code type}, {@code attributes}, {@code relationships}).
 */
final class CitypointState {
  final List<ObjectNode> cars = new CopyOnWriteArrayList<>();
  final List<ObjectNode> carNotes = new CopyOnWriteArrayList<>();
  final List<ObjectNode> driverNotes = new CopyOnWriteArrayList<>();
  final List<ObjectNode> drivers = new CopyOnWriteArrayList<>();
  /** Per driver id: the parameters the driver has set (the defaults are in {@link CitypointSeed#PARAM_DEFAULTS}). */
  final Map<String, ObjectNode> driverParams = new ConcurrentHashMap<>();
  final List<ObjectNode> driverAddresses = new CopyOnWriteArrayList<>();
  final List<ObjectNode> carModels = new CopyOnWriteArrayList<>();
  final List<ObjectNode> spectatorKeys = new CopyOnWriteArrayList<>();
  final List<ObjectNode> carStates = new CopyOnWriteArrayList<>();
  /** Per vehicle id: its recorded states, oldest first. */
  final Map<String, List<ObjectNode>> history = new ConcurrentHashMap<>();
  final List<ObjectNode> sensors = new CopyOnWriteArrayList<>();
  final List<ObjectNode> notifications = new CopyOnWriteArrayList<>();
  final List<ObjectNode> zones = new CopyOnWriteArrayList<>();
  /** When the data last changed ({@code Last-Modified}); moved by the writes (driver changes, new addresses). */
  volatile Instant changedAt = Instant.parse("2024-05-20T09:30:00Z");

  /** {@return the resources {@code include} can reach, by type} */
  List<ObjectNode> ofType(String type) {
    switch (type) {
      case "car": return cars;
      case "driver": return drivers;
      case "zone": return zones;
      case "carModel": return carModels;
      default: return List.of();
    }
  }
}
