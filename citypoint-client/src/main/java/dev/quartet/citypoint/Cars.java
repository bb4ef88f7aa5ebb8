package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.CarsApi;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CarDocument;
import dev.quartet.citypoint.params.GetCarParams;
import dev.quartet.citypoint.params.ListCarsParams;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Vehicles: the listing (where {@code include} is allowed, with conditional reads that answer a 304
 * as {@link Conditional.NotModified}), one by id ({@link #get}, {@link #getWithResponse},
 * {@link #getAsync}), one vehicle's whole document, and the aggregated totals.
 */
public final class Cars extends Resources<Car, CarCollection> {
  private static final TypeReference<CarDocument> DOCUMENT = new TypeReference<>() {};

  private final CarsApi api;
  private final Supplier<String> userId;
  private final CarAggregates aggregates;
  private final Exchange<CarDocument, CarDocument> document;

  Cars(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this(new CarsApi(invoker), invoker, userId, links);
  }

  private Cars(CarsApi api, ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    super(new Listing<>("cars", userId,
            (user, q, since) -> api.listCarsRequest(user, ListCarsParams.builder().pageOffset(q.offset()).pageLimit(q.limit())
                .fieldsCar(q.fieldsParam()).filterCar(q.filterParam()).sort(q.sortParam()).include(q.includeParam())
                .ifModifiedSince(since).build()),
            Shapes.CARS, Shapes.CAR_COLLECTION, invoker, links, QueryRules.ANY),
        userId,
        (user, id, fields) -> api.getCarRequest(user, id, GetCarParams.builder().fieldsCar(fields).build()),
        Exchange.data(invoker, DOCUMENT, CarDocument::getData, Car::of));
    this.api = api;
    this.userId = userId;
    this.aggregates = new CarAggregates(invoker, userId, links);
    this.document = new Exchange<>(invoker, DOCUMENT, ApiResponse::body);
  }

  /** {@return per-vehicle totals over a period ({@code GET /user/{user_id}/cars/aggregated/{date_to}/{period}})} */
  public CarAggregates aggregates() {
    return aggregates;
  }

  /**
   * {@return one vehicle's whole document ({@code included} too), with the fields and includes of {@code query}}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   */
  public CarDocument document(String carId, Query query) {
    return document(carId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #document(String, Query)} with per-call options}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   * @param options per-call options
   */
  public CarDocument document(String carId, Query query, RequestOptions options) {
    return document.send(documentRequest(carId, query), options);
  }

  /**
   * {@return {@link #document(String, Query)} with the answer's status and headers}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   */
  public ApiResponse<CarDocument> documentWithResponse(String carId, Query query) {
    return documentWithResponse(carId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #documentWithResponse(String, Query)} with per-call options}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   * @param options per-call options
   */
  public ApiResponse<CarDocument> documentWithResponse(String carId, Query query, RequestOptions options) {
    return document.sendWithResponse(documentRequest(carId, query), options);
  }

  /**
   * {@return {@link #document(String, Query)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   */
  public CompletableFuture<CarDocument> documentAsync(String carId, Query query) {
    return documentAsync(carId, query, RequestOptions.none());
  }

  /**
   * {@return {@link #documentAsync(String, Query)} with per-call options}
   *
   * @param carId the car ID
   * @param query the query (its fields and includes are sent)
   * @param options per-call options
   */
  public CompletableFuture<CarDocument> documentAsync(String carId, Query query, RequestOptions options) {
    return document.sendAsync(documentRequest(carId, query), options);
  }

  /** {@return the generated operations (pass {@code user_id} yourself)} */
  public CarsApi api() {
    return api;
  }

  private ApiRequest documentRequest(String carId, Query query) {
    java.util.Objects.requireNonNull(query, "query");
    return api.getCarRequest(userId.get(), carId,
        GetCarParams.builder().fieldsCar(query.fieldsParam()).include(query.includeParam()).build());
  }
}
