package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The demo data the platform starts with: one model with a small node tree, so objects can be created
 * at once, and a readings table whose rows outnumber the platform's cap of 10,000 per list answer, so
 * paging past it can be watched.
 */
final class PlatformSeed {
  static final String OWNER = "5f0c0ffee0000000000000b1";
  static final String GROUP = "5f0c0ffee0000000000000b2";
  private static final long SEEDED_AT = 1_700_000_000_000L;

  private PlatformSeed() {}

  static PlatformState state(ObjectMapper mapper) {
    PlatformState state = new PlatformState();
    ObjectNode model = system(mapper, PlatformSandbox.MODEL_ID, SEEDED_AT).put("name", "Thermometer").put("base", "mqtt");
    ObjectNode root = model.putObject("data").put("id", "thermometer").put("type", "subsystem").put("name", "Thermometer")
        .put("active", true);
    root.putArray("children").addObject().put("id", "temperature").put("type", "argument").put("name", "Temperature")
        .put("active", true).put("dataType", "number").put("unit", "temperature-celsius");
    state.store("models").put(PlatformSandbox.MODEL_ID, model);

    ObjectNode table = system(mapper, PlatformSandbox.READINGS_TABLE_ID, SEEDED_AT).put("name", "Readings");
    state.store("tables").put(PlatformSandbox.READINGS_TABLE_ID, table);
    Map<String, ObjectNode> rows = state.store("tables/" + PlatformSandbox.READINGS_TABLE_ID + "/rows");
    ArrayNode groups = mapper.createArrayNode().add(GROUP);
    for (int i = 1; i <= PlatformSandbox.READINGS_ROWS; i++) {
      String id = String.format("5f0c0ffee0d%013x", i);
      ObjectNode row = mapper.createObjectNode().put("_id", id).put("name", "reading " + i).put("time", SEEDED_AT + i * 60_000L)
          .put("owner", OWNER).put("group", GROUP).put("temperature", 18 + i % 10);
      row.set("access", groups);
      row.set("branch", groups);
      rows.put(id, row);
    }
    return state;
  }

  /** An entity with the system fields every store's entities carry. */
  static ObjectNode system(ObjectMapper mapper, String id, long time) {
    ObjectNode entity = mapper.createObjectNode().put("_id", id).put("time", time).put("owner", OWNER).put("group", GROUP);
    entity.putArray("access").add(GROUP);
    entity.putArray("branch").add(GROUP);
    return entity;
  }
}
