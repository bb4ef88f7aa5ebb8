package dev.quartet.citypoint;

import dev.quartet.citypoint.api.CarsApi;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CarDocument;
import dev.quartet.core.ApiInvoker;
import java.util.Optional;
import java.util.function.Supplier;

/** Vehicles: the listing (where {@code include} is allowed), one by id, and the aggregated totals. */
public final class Cars {
  private final CarsApi api;
  private final Supplier<String> userId;
  private final Listing<Car, CarCollection> list;
  private final CarAggregates aggregates;

  Cars(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new CarsApi(invoker);
    this.userId = userId;
    this.list = new Listing<>("cars", userId,
        (user, q, since) -> api.listCarsWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), q.filterParam(), q.sortParam(), q.includeParam(), since),
        Shapes.CARS, Shapes.CAR_COLLECTION, links, QueryRules.ANY);
    this.aggregates = new CarAggregates(invoker, userId, links);
  }

  /** {@return {@code GET /user/{user_id}/cars}} */
  public Listing<Car, CarCollection> list() {
    return list;
  }

  /**
   * {@return one vehicle, empty when the answer's {@code data} is null; {@code fields} limits the attributes returned}
   *
   * @param carId the car ID
   * @param fields the fields
   */
  public Optional<Car> get(String carId, String... fields) {
    return Optional.ofNullable(Resources.data(document(carId, Query.create().fields(fields)), CarDocument::getData)).map(Car::of);
  }

  /** {@return per-vehicle totals over a period ({@code GET /user/{user_id}/cars/aggregated/{date_to}/{period}})} */
  public CarAggregates aggregates() {
    return aggregates;
  }

  /**
   * {@return one vehicle's whole document ({@code included} too), with the fields and includes of {@code query}}
   *
   * @param carId the car ID
   * @param query the query
   */
  public CarDocument document(String carId, Query query) {
    return api.getCar(userId.get(), carId, query.fieldsParam(), query.includeParam());
  }

  /** {@return the generated operations (pass {@code user_id} yourself)} */
  public CarsApi api() {
    return api;
  }
}
