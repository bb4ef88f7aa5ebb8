package dev.quartet.sandbox.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The demo data the platform starts with: one model, so objects can be created at once. */
final class PlatformSeed {
  static final String OWNER = "5f0c0ffee0000000000000b1";
  static final String GROUP = "5f0c0ffee0000000000000b2";

  private PlatformSeed() {}

  static PlatformState state(ObjectMapper mapper) {
    PlatformState state = new PlatformState();
    ObjectNode model = mapper.createObjectNode().put("_id", PlatformSandbox.MODEL_ID).put("name", "Thermometer")
        .put("time", 1_700_000_000_000L).put("owner", OWNER).put("group", GROUP);
    model.putArray("access").add(GROUP);
    model.putArray("branch").add(GROUP);
    state.store("models").put(PlatformSandbox.MODEL_ID, model);
    return state;
  }
}
