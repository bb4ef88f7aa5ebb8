package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo catalogs and tracking data: vehicle models, spectator keys, sensors, zones, the current state
 * and a recorded track of each vehicle, and notifications relating vehicles, drivers and zones.
 */
final class CitypointTrackingSeed {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] MODELS = {{"12", "ГАЗель Next", "Лёгкий коммерческий"}, {"13", "Lada Largus", "Фургон"},
      {"14", "Ford Transit", "Микроавтобус"}};

  private CitypointTrackingSeed() {}

  static void fill(CitypointState s) {
    for (String[] m : MODELS) {
      ObjectNode model = resource(m[0], "carModel");
      model.putObject("attributes").put("Name", m[1]).put("Description", m[2])
          .put("DateOfCreation", "2020-01-15T10:00:00Z").put("UpdateDate", "2023-06-01T10:00:00Z");
      s.carModels.add(model);
    }
    for (int i = 1; i <= 2; i++) {
      ObjectNode key = resource(String.valueOf(i), "spectator");
      key.putObject("attributes").put("Name", i == 1 ? "Диспетчер заказчика" : "Страховая")
          .put("Key", "spec-" + (1000 + i)).put("ValidUntil", "2024-12-31T23:59:59Z")
          .putArray("Cars").add("1").add(String.valueOf(i + 1));
      s.spectatorKeys.add(key);
    }
    sensor(s, "1", "Зажигание", "ignition", "digital");
    sensor(s, "2", "Уровень топлива", "fuel", "analog");
    zone(s, "31", "Склад на Знаменке", 55.7520, 37.6060);
    zone(s, "32", "Депо Север", 55.8373, 37.6200);
    for (ObjectNode car : s.cars) {
      String id = car.path("id").asText();
      int n = Integer.parseInt(id);
      double lat = 55.70 + n / 100.0;
      double lon = 37.55 + n / 100.0;
      int speed = car.path("attributes").path("CarState").path("Speed").asInt();
      ObjectNode state = resource(id, "carState");
      ObjectNode a = state.putObject("attributes").put("Lat", lat).put("Lon", lon).put("Velocity", speed)
          .put("RecordDate", "2024-05-20T09:29:00Z").put("LattestGpsDate", "2024-05-20T09:29:00Z")
          .put("LattestConnectionTime", "2024-05-20T09:29:30Z");
      ArrayNode sensors = a.putArray("Sensors");
      sensors.addObject().put("id", "1").put("value", speed > 0 ? 1 : 0).putNull("calibration");
      sensors.addObject().put("id", "2").put("value", 40.5 - 5 * n).put("calibration", 1.02);
      state.putObject("relationships").putObject("Car").putObject("data").put("id", id).put("type", "car");
      s.carStates.add(state);
      s.history.put(id, track(id, lat, lon, n));
    }
    notification(s, "501", "Превышение скорости", "<b>92 км/ч</b> при ограничении 60", "warning", "1", "7", null,
        "2024-05-20T07:12:00Z");
    notification(s, "502", "Въезд в зону", "Въезд в зону <i>Склад на Знаменке</i>", "info", "1", "7", "31",
        "2024-05-20T08:05:00Z");
    notification(s, "503", "Стоянка более часа", "Стоянка 75 минут", "info", "2", "8", "32", "2024-05-20T09:00:00Z");
  }

  /** Twelve states ten minutes apart from 08:00, moving north-east, with speed rising and falling. */
  private static List<ObjectNode> track(String carId, double lat, double lon, int n) {
    List<ObjectNode> track = new ArrayList<>();
    Instant start = Instant.parse("2024-05-20T08:00:00Z");
    for (int i = 0; i < 12; i++) {
      ObjectNode state = resource(carId + "-" + (i + 1), "histState");
      state.putObject("attributes").put("Lat", lat - (12 - i) * 0.002).put("Lon", lon - (12 - i) * 0.002)
          .put("Velocity", n == 3 ? 0 : (i < 6 ? i * 10 : (12 - i) * 10))
          .put("RecordDate", start.plusSeconds(600L * i).toString());
      track.add(state);
    }
    return track;
  }

  private static void sensor(CitypointState s, String id, String name, String destination, String type) {
    ObjectNode sensor = resource(id, "sensor");
    sensor.putObject("attributes").put("SensorName", name).put("Destination", destination).put("SensorType", type);
    s.sensors.add(sensor);
  }

  private static void zone(CitypointState s, String id, String name, double lat, double lon) {
    ObjectNode zone = resource(id, "zone");
    ObjectNode geometry = zone.putObject("attributes").put("Name", name).putNull("Description")
        .putObject("Geometry").put("type", "Polygon");
    ArrayNode ring = geometry.putArray("coordinates").addArray();
    double[][] corners = {{0, 0}, {0, 0.004}, {0.003, 0.004}, {0.003, 0}, {0, 0}};
    for (double[] c : corners) {
      ring.addArray().add(lon + c[1]).add(lat + c[0]);
    }
    s.zones.add(zone);
  }

  private static void notification(CitypointState s, String id, String title, String message, String level, String carId,
      String driverId, String zoneId, String at) {
    ObjectNode n = resource(id, "notification");
    n.putObject("attributes").put("Title", title).put("Message", message).put("Level", level)
        .put("Latitude", 55.75).put("Longitude", 37.61).put("RecordDate", at).put("DateOfCreation", at);
    ObjectNode relationships = n.putObject("relationships");
    relationships.putObject("Car").putObject("data").put("id", carId).put("type", "car");
    relationships.putObject("Driver").putObject("data").put("id", driverId).put("type", "driver");
    ObjectNode zone = relationships.putObject("Zone");
    if (zoneId == null) {
      zone.putNull("data");
    } else {
      zone.putObject("data").put("id", zoneId).put("type", "zone");
    }
    s.notifications.add(n);
  }

  private static ObjectNode resource(String id, String type) {
    return JSON.createObjectNode().put("id", id).put("type", type);
  }
}
