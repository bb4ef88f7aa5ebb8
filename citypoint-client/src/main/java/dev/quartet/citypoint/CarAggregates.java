package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.CarAggregatesApi;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.CarAggrDataCollection;
import dev.quartet.citypoint.model.CarAggrDataResource;
import dev.quartet.citypoint.params.ListAggregatedCarDataParams;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.Checks;
import dev.quartet.core.errors.NotFoundException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Per-vehicle totals (mileage, engine and idle hours, fuel) over the {@code period} ending on
 * {@code dateTo}: {@code GET /user/{user_id}/cars/aggregated/{date_to}/{period}}. The period is an open
 * value: {@link AggregationPeriod#DAY}, {@link AggregationPeriod#WEEK} or {@code AggregationPeriod.of("...")}.
 *
 * <p>The server answers 404 for a day whose totals are not computed yet. {@link #page} reports that
 * as an empty {@link Optional}, not as an exception; through {@link #listing} (for polling and
 * iteration) it stays a {@link NotFoundException}.
 */
public final class CarAggregates {
  /** Attribute names, for {@link Query#fields}, {@link Filter} and {@link Sort}: distance driven. */
  public static final String MILEAGE = "Mileage";
  /** Attribute: engine hours. */
  public static final String WORKING_HOURS = "WorkingHours";
  /** Attribute: fuel used per engine hour. */
  public static final String FUEL_CONSUMPTION_HOUR = "FuelConsumptionHour";
  /** Attribute: fuel used per kilometre. */
  public static final String FUEL_CONSUMPTION_KM = "FuelConsumptionKm";
  /** Attribute: fuel burnt while idling. */
  public static final String IDLE_FUEL_VOLUME = "IdleFuelVolume";
  /** Attribute: hours with the engine idling. */
  public static final String IDLE_HOURS = "IdleHours";
  /** The relationship naming the vehicle. */
  public static final String CAR = "Car";

  private static final TypeReference<CarAggrDataCollection> COLLECTION = new TypeReference<>() {};

  private final CarAggregatesApi api;
  private final Supplier<String> userId;
  private final ApiInvoker invoker;
  private final LinkFollower links;

  CarAggregates(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new CarAggregatesApi(invoker);
    this.userId = userId;
    this.invoker = invoker;
    this.links = links;
  }

  /**
   * The first page of totals for the period, or empty when the server has not computed that day yet
   * (its 404). Further pages: {@link JsonApiPage#next()} or {@link JsonApiPage#fromHere()}.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period, e.g. {@link AggregationPeriod#DAY}
   * @param query paging, fields, filter and sort
   * @return the first page, or empty when that day is not computed yet
   */
  public Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> page(LocalDate dateTo, AggregationPeriod period,
      Query query) {
    return page(dateTo, period, query, RequestOptions.none());
  }

  /**
   * {@link #page(LocalDate, AggregationPeriod, Query)} with per-call options.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @param query paging, fields, filter and sort
   * @param options per-call options
   * @return the first page, or empty when that day is not computed yet
   */
  public Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> page(LocalDate dateTo, AggregationPeriod period,
      Query query, RequestOptions options) {
    return pageWithResponse(dateTo, period, query, options).body();
  }

  /**
   * {@link #page(LocalDate, AggregationPeriod, Query)} with the answer's status and headers; a day not
   * computed yet is the 404 answer's status and headers with an empty body.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @param query paging, fields, filter and sort
   * @return the answer, its body the first page or empty
   */
  public ApiResponse<Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>>> pageWithResponse(LocalDate dateTo,
      AggregationPeriod period, Query query) {
    return pageWithResponse(dateTo, period, query, RequestOptions.none());
  }

  /**
   * {@link #pageWithResponse(LocalDate, AggregationPeriod, Query)} with per-call options.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @param query paging, fields, filter and sort
   * @param options per-call options
   * @return the answer, its body the first page or empty
   */
  public ApiResponse<Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>>> pageWithResponse(LocalDate dateTo,
      AggregationPeriod period, Query query, RequestOptions options) {
    Listing<CarAggrDataResource, CarAggrDataCollection> listing = listing(dateTo, period);
    try {
      ApiResponse<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> answer = listing.pageWithResponse(query, options);
      return new ApiResponse<>(answer.status(), answer.headers(), Optional.of(answer.body()));
    } catch (NotFoundException notComputedYet) {
      return new ApiResponse<>(notComputedYet.status(), notComputedYet.headers(), Optional.empty());
    }
  }

  /**
   * {@link #page(LocalDate, AggregationPeriod, Query)} without blocking: a day not computed yet
   * completes it with an empty value. Cancelling the future cancels the HTTP call.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @param query paging, fields, filter and sort
   * @return the future first page, or empty
   */
  public CompletableFuture<Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>>> pageAsync(LocalDate dateTo,
      AggregationPeriod period, Query query) {
    return pageAsync(dateTo, period, query, RequestOptions.none());
  }

  /**
   * {@link #pageAsync(LocalDate, AggregationPeriod, Query)} with per-call options.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @param query paging, fields, filter and sort
   * @param options per-call options
   * @return the future first page, or empty
   */
  public CompletableFuture<Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>>> pageAsync(LocalDate dateTo,
      AggregationPeriod period, Query query, RequestOptions options) {
    CompletableFuture<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> source =
        listing(dateTo, period).pageAsync(query, options);
    CompletableFuture<Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>>> result = Futures.cancelling(source);
    source.whenComplete((page, error) -> {
      Throwable cause = error == null ? null : Futures.unwrap(error);
      if (cause == null) {
        result.complete(Optional.of(page));
      } else if (cause instanceof NotFoundException) {
        result.complete(Optional.empty());
      } else {
        result.completeExceptionally(cause);
      }
    });
    return result;
  }

  /**
   * The listing for one day and period, with conditional reads; a day not computed yet is a
   * {@link NotFoundException} here.
   *
   * @param dateTo the last day of the period
   * @param period the length of the period
   * @return the listing; nothing is sent until it is read
   */
  public Listing<CarAggrDataResource, CarAggrDataCollection> listing(LocalDate dateTo, AggregationPeriod period) {
    Checks.required("date_to", dateTo);
    Checks.required("period", period);
    return new Listing<>("cars/aggregated/" + dateTo + "/" + period, userId,
        (user, q, since) -> api.listAggregatedCarDataRequest(ListAggregatedCarDataParams.builder().userId(user)
            .dateTo(dateTo).period(period).pageOffset(q.offset()).pageLimit(q.limit()).fieldsCarAggrData(q.fieldsParam())
            .filterCarAggrData(q.filterParam()).sort(q.sortParam()).ifModifiedSince(since).build()),
        Shapes.of(CarAggrDataResource.class, CarAggrDataCollection::getData, CarAggrDataCollection::getLinks, CarAggrDataCollection::getMeta),
        COLLECTION, invoker, links, QueryRules.NO_INCLUDE);
  }
}
