package dev.quartet.sandbox.homestretch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The demo data HomeStretch starts with: a company with branches and 42 places, so paging shows several pages. */
final class HomeStretchSeed {
  private static final String[] STREETS = {"Znamenka", "Arbat", "Tverskaya", "Petrovka", "Myasnitskaya", "Pokrovka"};

  private HomeStretchSeed() {}

  static HomeStretchState state(ObjectMapper mapper) {
    HomeStretchState state = new HomeStretchState(company(mapper));
    for (int i = 1; i <= 42; i++) {
      ObjectNode place = mapper.createObjectNode();
      place.put("id", String.format("place-%03d", i));
      place.put("title", String.format("Warehouse %02d", i));
      place.putArray("tags").add("warehouse");
      ObjectNode location = place.putObject("location");
      location.putObject("coordinates").put("lat", 55.70 + i / 1000.0).put("lng", 37.55 + i / 1000.0);
      location.putArray("addresses").addObject().put("locale", "en")
          .put("address", "Moscow, " + STREETS[i % STREETS.length] + " st., " + i);
      location.put("arrivalDuration", 900).put("departureDuration", 300);
      String at = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(3600L * i).toString().replace("Z", ".000Z");
      place.put("createdAt", at).put("updatedAt", at);
      state.places.put(place.get("id").asText(), place);
    }
    return state;
  }

  private static ObjectNode company(ObjectMapper mapper) {
    try {
      return (ObjectNode) mapper.readTree("{\"name\":\"Sandbox Logistics\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-1\"],"
          + "\"branches\":[{\"id\":\"b-north\",\"name\":\"North\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-2\"],"
          + "\"branches\":[{\"id\":\"b-north-1\",\"name\":\"North depot\",\"ownerId\":\"owner-1\",\"accountIds\":[\"acc-3\"]}]},"
          + "{\"id\":\"b-south\",\"name\":\"South\",\"ownerId\":\"owner-1\",\"accountIds\":[]}]}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
