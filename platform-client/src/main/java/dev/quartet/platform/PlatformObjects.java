package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.platform.api.ObjectsApi;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.Packet;
import dev.quartet.platform.model.SuccessAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sub-resources of objects (devices): telemetry history, sending telemetry and commands, and the
 * event history, with {@link Instant} time bounds, and the object's model. The generated operations stay available. Objects are
 * addressed by their {@code _id} (an ObjectId), not their device id; CRUD is {@code client.store("objects")}.
 */
public final class PlatformObjects extends ObjectsApi {
  PlatformObjects(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * {@return stored packets between {@code from} and {@code to} (either may be null), at most {@code limit}}
   *
   * @param objectId the object ID
   * @param from the earliest time (inclusive); null: no lower bound
   * @param to the latest time (inclusive); null: no upper bound
   * @param limit the most packets to return; null: the platform's cap
   */
  public List<Packet> packets(String objectId, Instant from, Instant to, Integer limit) {
    ObjectIds.check("id", objectId);
    TimeWindow.check(from, to);
    List<Packet> packets = listObjectPackets(objectId, from, to, null, null, null, limit);
    return packets == null ? List.of() : packets;
  }

  /**
   * Sends one packet of model fields (e.g. {@code {"temperature": 36.6}}) as if the device had.
   *
   * @param objectId the object id
   * @param fields the model fields and their values
   * @return the platform's answer
   */
  public SuccessAnswer sendTelemetry(String objectId, Map<String, ?> fields) {
    ObjectIds.check("id", objectId);
    Checks.required("fields", fields);
    Packet packet = new Packet();
    fields.forEach(packet::putAdditionalProperty);
    return sendObjectPacket(objectId, packet);
  }

  /**
   * Runs a command of the object's model without parameters.
   *
   * @param objectId the object id
   * @param command the command name
   * @return the platform's answer
   */
  public SuccessAnswer sendCommand(String objectId, String command) {
    ObjectIds.check("id", objectId);
    return sendObjectCommand(objectId, command, null);
  }

  /**
   * Runs a command of the object's model with JSON parameters.
   *
   * @param objectId the object id
   * @param command the command name
   * @param params the command's parameters
   * @return the platform's answer
   */
  public SuccessAnswer sendCommand(String objectId, String command, Map<String, Object> params) {
    ObjectIds.check("id", objectId);
    return sendObjectCommand(objectId, command, params);
  }

  /**
   * {@return stored events of the object between {@code from} and {@code to} (either may be null)}
   *
   * @param objectId the object ID
   * @param from the earliest time (inclusive); null: no lower bound
   * @param to the latest time (inclusive); null: no upper bound
   */
  public List<ObjectEvent> events(String objectId, Instant from, Instant to) {
    ObjectIds.check("id", objectId);
    TimeWindow.check(from, to);
    List<ObjectEvent> events = listObjectEvents(objectId, from, to, null, null, null, null);
    return events == null ? List.of() : events;
  }

  /**
   * Reads the model the object is built on: its node tree, and the object's own values where the
   * platform adds them.
   *
   * @param objectId the object's id
   * @return the model
   */
  public Model model(String objectId) {
    ObjectIds.check("id", objectId);
    return getObjectModel(objectId, null);
  }

  /**
   * {@link #model(String)} with only the given fields ({@code _id} always comes too).
   *
   * @param objectId the object's id
   * @param only the field names to return; none for all
   * @return the model, limited to those fields
   */
  public Model model(String objectId, String... only) {
    ObjectIds.check("id", objectId);
    Checks.required("only", only);
    for (String field : only) {
      Checks.notBlank("only", field);
    }
    return getObjectModel(objectId, only.length == 0 ? null : String.join(",", only));
  }
}
