package dev.quartet.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.quartet.platform.model.Entity;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The answer to {@code meta=true}. The platform documents only its meaning (total, first and last
 * entity), not its shape, so the raw JSON is kept and the accessors look for the likely field names.
 */
public final class StoreMeta {
  private final JsonNode raw;
  private final ObjectMapper mapper;

  StoreMeta(JsonNode raw, ObjectMapper mapper) {
    this.raw = raw == null ? MissingNode.getInstance() : raw;
    this.mapper = mapper;
  }

  /** {@return the answer exactly as received} */
  public JsonNode raw() {
    return raw;
  }

  /** {@return the collection's size, from {@code total}, {@code count} or {@code size}} */
  public OptionalLong total() {
    for (String name : new String[] {"total", "count", "size"}) {
      JsonNode n = raw.get(name);
      if (n != null && n.canConvertToLong()) {
        return OptionalLong.of(n.asLong());
      }
      if (n != null && n.isTextual() && n.asText().matches("\\d+")) {
        return OptionalLong.of(Long.parseLong(n.asText()));
      }
    }
    return OptionalLong.empty();
  }

  /** {@return the first entity, if the store has any} */
  public Optional<Entity> first() {
    return entity("first");
  }

  /** {@return the last entity, if the store has any} */
  public Optional<Entity> last() {
    return entity("last");
  }

  private Optional<Entity> entity(String name) {
    JsonNode n = raw.get(name);
    if (n == null || !n.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.treeToValue(n, Entity.class));
    } catch (Exception unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "StoreMeta" + raw;
  }
}
