package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code cars/notes/last} answers from the vehicle notes: the latest important note of each vehicle. */
final class CitypointNotes {
  private CitypointNotes() {}

  static List<ObjectNode> lastImportantPerCar(List<ObjectNode> notes) {
    Map<String, ObjectNode> latest = new LinkedHashMap<>();
    for (ObjectNode note : notes) {
      if (!note.path("attributes").path("Important").asBoolean()) {
        continue;
      }
      String car = note.path("relationships").path("Object").path("data").path("id").asText();
      ObjectNode seen = latest.get(car);
      if (seen == null || created(note).compareTo(created(seen)) > 0) {
        latest.put(car, note);
      }
    }
    return new ArrayList<>(latest.values());
  }

  private static String created(ObjectNode note) {
    return note.path("attributes").path("DateOfCreation").asText();
  }
}
