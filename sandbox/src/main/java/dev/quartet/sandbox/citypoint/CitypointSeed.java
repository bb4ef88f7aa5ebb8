package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The demo data Citypoint starts with: three vehicles, their notes, two drivers with a note and their
 * parameters; the catalogs and tracking data come from {@link CitypointTrackingSeed}.
 */
final class CitypointSeed {
  /** What a driver parameter is when the driver has not set it ({@code with_defaults=1} fills these in). */
  static final ObjectNode PARAM_DEFAULTS = new ObjectMapper().createObjectNode()
      .put("MaxSpeed", 90).put("ShiftHours", 8).put("RestMinutes", 45);
  private static final ObjectMapper JSON = new ObjectMapper();

  private CitypointSeed() {}

  static CitypointState state() {
    CitypointState s = new CitypointState();
    car(s, "1", "ГАЗель Next", "А123ВС77", false, 42, "7");
    car(s, "2", "Lada Largus", "В456ОР99", false, 0, "8");
    car(s, "3", "Ford Transit", "Е789КХ50", true, 0, null);
    carNote(s.carNotes, "101", "1", "Замена масла через 500 км", true, "2024-05-02T08:15:00Z", "mech", "Петров Пётр Петрович");
    carNote(s.carNotes, "102", "1", "Блок снят в ремонт", true, "2024-05-14T08:59:09Z", "Login", "Фамилиев Имя Отчествович");
    carNote(s.carNotes, "103", "1", "Помыть", false, "2024-05-15T10:00:00Z", "Login", null);
    carNote(s.carNotes, "104", "2", "Штраф за парковку", true, "2024-05-10T12:00:00Z", "boss", "Иванов Иван Иванович");
    carNote(s.carNotes, "105", "3", "Снята с линии", false, "2024-04-01T07:00:00Z", null, null);
    driverNote(s, "201", "7", "Водитель в отпуске до 1 июня", true, "2024-05-18T06:00:00Z");
    driver(s, "7", "Сидоров", "Алексей", "Петрович", "77 АА 123456", true);
    driver(s, "8", "Кузнецова", "Мария", null, "50 ВВ 654321", true);
    s.driverParams.put("7", JSON.createObjectNode().put("MaxSpeed", 80));
    s.driverParams.put("8", JSON.createObjectNode());
    CitypointTrackingSeed.fill(s);
    return s;
  }

  private static void car(CitypointState s, String id, String model, String reg, boolean hidden, int speed, String driverId) {
    ObjectNode car = JSON.createObjectNode().put("id", id).put("type", "car");
    ObjectNode attributes = car.putObject("attributes").put("Model", model).put("RegNumber", reg).put("IsHidden", hidden);
    attributes.putObject("CarState").put("Speed", speed).put("Ignition", speed > 0);
    ObjectNode driver = car.putObject("relationships").putObject("Driver");
    if (driverId == null) {
      driver.putNull("data");
    } else {
      driver.putObject("data").put("id", driverId).put("type", "driver");
    }
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

  private static void driver(CitypointState s, String id, String last, String first, String patronymic, String licence,
      boolean resident) {
    ObjectNode driver = JSON.createObjectNode().put("id", id).put("type", "driver");
    ObjectNode attributes = driver.putObject("attributes");
    attributes.putObject("FIO").put("LastName", last).put("FirstName", first).put("Patronymic", patronymic);
    attributes.put("Licence", licence).put("SNILS", "112-233-445 9" + id).put("INN", "7707083893" + id)
        .put("IsResident", resident).putNull("DismissalDate")
        .put("DateOfCreation", "2023-02-01T09:00:00Z").put("UpdateDate", "2024-05-01T09:00:00Z");
    s.drivers.add(driver);
  }
}
