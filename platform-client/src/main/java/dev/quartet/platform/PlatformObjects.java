package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.platform.api.ObjectsApi;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.Packet;
import dev.quartet.platform.model.SuccessAnswer;
import dev.quartet.platform.params.GetObjectModelParams;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The sub-resources of objects (devices): telemetry history, sending telemetry and commands, the
 * event history (time windows as a {@link HistoryQuery}), and the object's model. Every call comes in
 * three forms ({@code packets}, {@code packetsWithResponse}, {@code packetsAsync}), each also with
 * {@link RequestOptions} last. The generated operations stay available. Objects are addressed by their
 * {@code _id} (an ObjectId), not their device id, checked before anything is sent; CRUD is
 * {@code client.store(Store.OBJECTS)}.
 */
public final class PlatformObjects extends ObjectsApi {
  PlatformObjects(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * Reads the object's stored telemetry packets within the query's time window.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @return the stored packets; empty when there are none
   */
  public List<Packet> packets(String objectId, HistoryQuery query) {
    return packets(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #packets(String, HistoryQuery)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public List<Packet> packets(String objectId, HistoryQuery query, RequestOptions options) {
    return packetsWithResponse(objectId, query, options).body();
  }

  /**
   * {@return {@link #packets(String, HistoryQuery)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   */
  public ApiResponse<List<Packet>> packetsWithResponse(String objectId, HistoryQuery query) {
    return packetsWithResponse(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #packets(String, HistoryQuery)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<List<Packet>> packetsWithResponse(String objectId, HistoryQuery query, RequestOptions options) {
    ObjectIds.check("id", objectId);
    Checks.required("query", query);
    return Answers.orEmpty(listObjectPacketsWithResponse(objectId, query.packets(), options));
  }

  /**
   * {@return {@link #packets(String, HistoryQuery)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   */
  public CompletableFuture<List<Packet>> packetsAsync(String objectId, HistoryQuery query) {
    return packetsAsync(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #packets(String, HistoryQuery)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<List<Packet>> packetsAsync(String objectId, HistoryQuery query, RequestOptions options) {
    ObjectIds.check("id", objectId);
    Checks.required("query", query);
    return Futures.map(listObjectPacketsAsync(objectId, query.packets(), options), Answers::orEmpty);
  }

  /**
   * Reads the object's stored events within the query's time window.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @return the stored events; empty when there are none
   */
  public List<ObjectEvent> events(String objectId, HistoryQuery query) {
    return events(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #events(String, HistoryQuery)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public List<ObjectEvent> events(String objectId, HistoryQuery query, RequestOptions options) {
    return eventsWithResponse(objectId, query, options).body();
  }

  /**
   * {@return {@link #events(String, HistoryQuery)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   */
  public ApiResponse<List<ObjectEvent>> eventsWithResponse(String objectId, HistoryQuery query) {
    return eventsWithResponse(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #events(String, HistoryQuery)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<List<ObjectEvent>> eventsWithResponse(String objectId, HistoryQuery query, RequestOptions options) {
    ObjectIds.check("id", objectId);
    Checks.required("query", query);
    return Answers.orEmpty(listObjectEventsWithResponse(objectId, query.events(), options));
  }

  /**
   * {@return {@link #events(String, HistoryQuery)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   */
  public CompletableFuture<List<ObjectEvent>> eventsAsync(String objectId, HistoryQuery query) {
    return eventsAsync(objectId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #events(String, HistoryQuery)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param query the time window and paging; {@link HistoryQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<List<ObjectEvent>> eventsAsync(String objectId, HistoryQuery query, RequestOptions options) {
    ObjectIds.check("id", objectId);
    Checks.required("query", query);
    return Futures.map(listObjectEventsAsync(objectId, query.events(), options), Answers::orEmpty);
  }

  /**
   * Sends one packet of model fields as if the device had.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   * @return the platform's answer
   */
  public SuccessAnswer sendTelemetry(String objectId, Map<String, ?> fields) {
    return sendTelemetry(objectId, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #sendTelemetry(String, Map)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public SuccessAnswer sendTelemetry(String objectId, Map<String, ?> fields, RequestOptions options) {
    return sendTelemetryWithResponse(objectId, fields, options).body();
  }

  /**
   * {@return {@link #sendTelemetry(String, Map)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   */
  public ApiResponse<SuccessAnswer> sendTelemetryWithResponse(String objectId, Map<String, ?> fields) {
    return sendTelemetryWithResponse(objectId, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #sendTelemetry(String, Map)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<SuccessAnswer> sendTelemetryWithResponse(String objectId, Map<String, ?> fields, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectPacketWithResponse(objectId, packet(fields), options);
  }

  /**
   * {@return {@link #sendTelemetry(String, Map)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   */
  public CompletableFuture<SuccessAnswer> sendTelemetryAsync(String objectId, Map<String, ?> fields) {
    return sendTelemetryAsync(objectId, fields, RequestOptions.none());
  }

  /**
   * {@return {@link #sendTelemetry(String, Map)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param fields the model fields and their values, e.g. {@code {"temperature": 36.6}}
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<SuccessAnswer> sendTelemetryAsync(String objectId, Map<String, ?> fields, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectPacketAsync(objectId, packet(fields), options);
  }

  /**
   * Runs a command of the object's model without parameters.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @return the platform's answer
   */
  public SuccessAnswer sendCommand(String objectId, String command) {
    return sendCommand(objectId, command, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public SuccessAnswer sendCommand(String objectId, String command, RequestOptions options) {
    return sendCommandWithResponse(objectId, command, options).body();
  }

  /**
   * {@return {@link #sendCommand(String, String)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   */
  public ApiResponse<SuccessAnswer> sendCommandWithResponse(String objectId, String command) {
    return sendCommandWithResponse(objectId, command, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<SuccessAnswer> sendCommandWithResponse(String objectId, String command, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectCommandWithResponse(objectId, command, options);
  }

  /**
   * {@return {@link #sendCommand(String, String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   */
  public CompletableFuture<SuccessAnswer> sendCommandAsync(String objectId, String command) {
    return sendCommandAsync(objectId, command, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<SuccessAnswer> sendCommandAsync(String objectId, String command, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectCommandAsync(objectId, command, options);
  }

  /**
   * Runs a command of the object's model with JSON parameters.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   * @return the platform's answer
   */
  public SuccessAnswer sendCommand(String objectId, String command, Map<String, Object> params) {
    return sendCommand(objectId, command, params, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String, Map)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public SuccessAnswer sendCommand(String objectId, String command, Map<String, Object> params, RequestOptions options) {
    return sendCommandWithResponse(objectId, command, params, options).body();
  }

  /**
   * {@return {@link #sendCommand(String, String, Map)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   */
  public ApiResponse<SuccessAnswer> sendCommandWithResponse(String objectId, String command, Map<String, Object> params) {
    return sendCommandWithResponse(objectId, command, params, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String, Map)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<SuccessAnswer> sendCommandWithResponse(String objectId, String command, Map<String, Object> params, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectCommandWithResponse(objectId, command, Checks.required("params", params), options);
  }

  /**
   * {@return {@link #sendCommand(String, String, Map)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   */
  public CompletableFuture<SuccessAnswer> sendCommandAsync(String objectId, String command, Map<String, Object> params) {
    return sendCommandAsync(objectId, command, params, RequestOptions.none());
  }

  /**
   * {@return {@link #sendCommand(String, String, Map)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param command the command name
   * @param params the command's parameters
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<SuccessAnswer> sendCommandAsync(String objectId, String command, Map<String, Object> params, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return sendObjectCommandAsync(objectId, command, Checks.required("params", params), options);
  }

  /**
   * Reads the model the object is built on: its node tree, and the object's own values where the
   * platform adds them.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @return the model
   */
  public Model model(String objectId) {
    return model(objectId, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model model(String objectId, RequestOptions options) {
    return modelWithResponse(objectId, options).body();
  }

  /**
   * {@return {@link #model(String)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   */
  public ApiResponse<Model> modelWithResponse(String objectId) {
    return modelWithResponse(objectId, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> modelWithResponse(String objectId, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return getObjectModelWithResponse(objectId, options);
  }

  /**
   * {@return {@link #model(String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   */
  public CompletableFuture<Model> modelAsync(String objectId) {
    return modelAsync(objectId, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> modelAsync(String objectId, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return getObjectModelAsync(objectId, options);
  }

  /**
   * {@link #model(String)} with only the given fields.
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   * @return the model, limited to those fields
   */
  public Model model(String objectId, List<String> only) {
    return model(objectId, only, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String, List)} with per-call options}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model model(String objectId, List<String> only, RequestOptions options) {
    return modelWithResponse(objectId, only, options).body();
  }

  /**
   * {@return {@link #model(String, List)} with the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   */
  public ApiResponse<Model> modelWithResponse(String objectId, List<String> only) {
    return modelWithResponse(objectId, only, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String, List)} with per-call options, and the status and headers of the answer}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> modelWithResponse(String objectId, List<String> only, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return getObjectModelWithResponse(objectId, only(only), options);
  }

  /**
   * {@return {@link #model(String, List)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   */
  public CompletableFuture<Model> modelAsync(String objectId, List<String> only) {
    return modelAsync(objectId, only, RequestOptions.none());
  }

  /**
   * {@return {@link #model(String, List)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param objectId the object's id (an ObjectId, not the device id)
   * @param only the field names to return ({@code _id} always comes too); empty for all
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> modelAsync(String objectId, List<String> only, RequestOptions options) {
    ObjectIds.check("id", objectId);
    return getObjectModelAsync(objectId, only(only), options);
  }

  private static Packet packet(Map<String, ?> fields) {
    Checks.required("fields", fields);
    Packet packet = new Packet();
    fields.forEach(packet::putAdditionalProperty);
    return packet;
  }

  private static GetObjectModelParams only(List<String> only) {
    Checks.required("only", only);
    for (String field : only) {
      Checks.notBlank("only", field);
    }
    return only.isEmpty() ? GetObjectModelParams.none() : GetObjectModelParams.builder().only(String.join(",", only)).build();
  }
}
