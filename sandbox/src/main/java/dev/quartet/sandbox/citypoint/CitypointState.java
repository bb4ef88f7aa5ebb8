package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Citypoint's data store: vehicles, vehicle notes and driver notes, as JSON:API resources. */
final class CitypointState {
  final List<ObjectNode> cars = new ArrayList<>();
  final List<ObjectNode> carNotes = new ArrayList<>();
  final List<ObjectNode> driverNotes = new ArrayList<>();
  /** When the data last changed; fixed, since the sandbox data never changes. */
  final Instant dataChangedAt = Instant.parse("2024-05-20T09:30:00Z");
}
