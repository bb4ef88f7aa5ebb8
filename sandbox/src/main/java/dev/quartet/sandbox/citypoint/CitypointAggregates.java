package dev.quartet.sandbox.citypoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-vehicle totals of {@code cars/aggregated/{date_to}/{period}}: fixed figures per day, times
 * seven for a week. Days after {@link #LAST_COMPUTED_DAY} are not computed yet (the API answers 404).
 */
final class CitypointAggregates {
  /** The last day whose totals are computed. */
  static final String LAST_COMPUTED_DAY = "2024-05-20";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CitypointAggregates() {}

  /** {@return the number of days in {@code period}, or 0 for a period the sandbox does not know} */
  static int days(String period) {
    return period.equals("day") ? 1 : period.equals("week") ? 7 : 0;
  }

  static List<ObjectNode> totals(CitypointState state, String day, String period) {
    int days = days(period);
    List<ObjectNode> rows = new ArrayList<>();
    for (ObjectNode car : state.cars) {
      int n = Integer.parseInt(car.path("id").asText());
      ObjectNode totals = JSON.createObjectNode().put("id", n + "-" + day + "-" + period).put("type", "carAggrData");
      totals.putObject("attributes").put("Mileage", days * (150.5 - 40 * (n - 1))).put("WorkingHours", days * (8.0 - n))
          .put("FuelConsumptionHour", 2.5 + n * 0.25).put("FuelConsumptionKm", 0.11 + n * 0.01)
          .put("IdleFuelVolume", days * 0.75 * n).put("IdleHours", days * 0.5 * n);
      totals.putObject("relationships").putObject("Car").putObject("data").put("id", String.valueOf(n)).put("type", "car");
      rows.add(totals);
    }
    return rows;
  }
}
