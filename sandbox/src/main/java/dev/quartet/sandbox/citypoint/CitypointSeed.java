package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The demo data Citypoint starts with: three vehicles, their notes and a driver note. */
final class CitypointSeed {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CitypointSeed() {}

  static CitypointState state() {
    CitypointState s = new CitypointState();
    car(s, "1", "ГАЗель Next", "А123ВС77", false, 42);
    car(s, "2", "Lada Largus", "В456ОР99", false, 0);
    car(s, "3", "Ford Transit", "Е789КХ50", true, 0);
    carNote(s.carNotes, "101", "1", "Замена масла через 500 км", true, "2024-05-02T08:15:00Z", "mech", "Петров Пётр Петрович");
    carNote(s.carNotes, "102", "1", "Блок снят в ремонт", true, "2024-05-14T08:59:09Z", "Login", "Фамилиев Имя Отчествович");
    carNote(s.carNotes, "103", "1", "Помыть", false, "2024-05-15T10:00:00Z", "Login", null);
    carNote(s.carNotes, "104", "2", "Штраф за парковку", true, "2024-05-10T12:00:00Z", "boss", "Иванов Иван Иванович");
    carNote(s.carNotes, "105", "3", "Снята с линии", false, "2024-04-01T07:00:00Z", null, null);
    driverNote(s, "201", "7", "Водитель в отпуске до 1 июня", true, "2024-05-18T06:00:00Z");
    return s;
  }

  private static void car(CitypointState s, String id, String model, String reg, boolean hidden, int speed) {
    ObjectNode car = JSON.createObjectNode().put("id", id).put("type", "car");
    ObjectNode attributes = car.putObject("attributes").put("Model", model).put("RegNumber", reg).put("IsHidden", hidden);
    attributes.putObject("CarState").put("Speed", speed).put("Ignition", speed > 0);
    s.cars.add(car);
  }

  private static void carNote(List<ObjectNode> into, String id, String carId, String text, boolean important, String created,
      String login, String fio) {
    ObjectNode note = JSON.createObjectNode().put("id", id).put("type", "note");
    note.putObject("attributes").put("Text", text).put("IsEditable", true).put("IsDeletable", true)
        .put("DateOfCreation", created).put("Important", important).put("AuthorLogin", login).put("AuthorFio", fio);
    note.putObject("relationships").putObject("Object").putObject("data").put("id", carId).put("type", "car");
    into.add(note);
  }

  private static void driverNote(CitypointState s, String id, String driverId, String text, boolean important, String created) {
    carNote(s.driverNotes, id, driverId, text, important, created, "dispatcher", null);
    ((ObjectNode) s.driverNotes.get(s.driverNotes.size() - 1).path("relationships").path("Object").path("data")).put("type", "driver");
  }
}
