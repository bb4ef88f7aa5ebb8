package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.platform.api.EventsApi;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.OrgEventTypes;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The organisation's event history, filtered by time and type with an {@link EventQuery}, and the
 * event types that occur in it. The history answers the same events the real-time channels deliver.
 * Every call comes in three forms ({@code history}, {@code historyWithResponse}, {@code historyAsync}),
 * each also with {@link RequestOptions} last. The generated operations stay available.
 */
public final class PlatformEvents extends EventsApi {
  PlatformEvents(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * Reads the event history in one request; page with the query's offset for more.
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   * @return the events of one answer (at most 10000); empty when there are none
   */
  public List<ObjectEvent> history(EventQuery query) {
    return history(query, RequestOptions.none());
  }

  /**
   * {@return {@link #history(EventQuery)} with per-call options}
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public List<ObjectEvent> history(EventQuery query, RequestOptions options) {
    return historyWithResponse(query, options).body();
  }

  /**
   * {@return {@link #history(EventQuery)} with the status and headers of the answer}
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   */
  public ApiResponse<List<ObjectEvent>> historyWithResponse(EventQuery query) {
    return historyWithResponse(query, RequestOptions.none());
  }

  /**
   * {@return {@link #history(EventQuery)} with per-call options, and the status and headers of the answer}
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<List<ObjectEvent>> historyWithResponse(EventQuery query, RequestOptions options) {
    Checks.required("query", query);
    return Answers.orEmpty(listEventsWithResponse(query.toParams(), options));
  }

  /**
   * {@return {@link #history(EventQuery)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   */
  public CompletableFuture<List<ObjectEvent>> historyAsync(EventQuery query) {
    return historyAsync(query, RequestOptions.none());
  }

  /**
   * {@return {@link #history(EventQuery)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param query the time window, type filter and paging; {@link EventQuery#all()} for everything
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<List<ObjectEvent>> historyAsync(EventQuery query, RequestOptions options) {
    Checks.required("query", query);
    return Futures.map(listEventsAsync(query.toParams(), options), Answers::orEmpty);
  }

  /**
   * Reads the event types that occur in the organisation's history.
   *
   * @return every event type seen in the organisation, per model and without a model
   */
  public OrgEventTypes types() {
    return types(RequestOptions.none());
  }

  /**
   * {@return {@link #types()} with per-call options}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public OrgEventTypes types(RequestOptions options) {
    return typesWithResponse(options).body();
  }

  /**
   * {@return {@link #types()} with the status and headers of the answer}
   */
  public ApiResponse<OrgEventTypes> typesWithResponse() {
    return typesWithResponse(RequestOptions.none());
  }

  /**
   * {@return {@link #types()} with per-call options, and the status and headers of the answer}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<OrgEventTypes> typesWithResponse(RequestOptions options) {
    return getOrgEventTypesWithResponse(options);
  }

  /**
   * {@return {@link #types()} without blocking; cancelling the future cancels the HTTP call}
   */
  public CompletableFuture<OrgEventTypes> typesAsync() {
    return typesAsync(RequestOptions.none());
  }

  /**
   * {@return {@link #types()} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<OrgEventTypes> typesAsync(RequestOptions options) {
    return getOrgEventTypesAsync(options);
  }
}
