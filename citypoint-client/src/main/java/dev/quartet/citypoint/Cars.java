package dev.quartet.citypoint;

import dev.quartet.citypoint.api.CarsApi;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CarDocument;
import dev.quartet.core.ApiInvoker;
import java.util.function.Supplier;

/** Vehicles: the listing (where {@code include} is allowed) and one by id. */
public final class Cars {
  private final CarsApi api;
  private final Supplier<String> userId;
  private final Listing<Car, CarCollection> list;

  Cars(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new CarsApi(invoker);
    this.userId = userId;
    this.list = new Listing<>("cars", userId,
        (user, q, since) -> api.listCarsWithResponse(user, q.offset(), q.limit(), q.fieldsParam(), q.filterParam(), q.sortParam(), q.includeParam(), since),
        Shapes.CARS, Shapes.CAR_COLLECTION, links, true);
  }

  /** {@return {@code GET /user/{user_id}/cars}} */
  public Listing<Car, CarCollection> list() {
    return list;
  }

  /**
   * {@return one vehicle; {@code fields} limits the attributes returned}
   *
   * @param carId the car ID
   * @param fields the fields
   */
  public Car get(String carId, String... fields) {
    return Car.of(document(carId, Query.create().fields(fields)).getData());
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
