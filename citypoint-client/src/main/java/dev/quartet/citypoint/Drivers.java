package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.DriverAddressesApi;
import dev.quartet.citypoint.api.DriverParamsApi;
import dev.quartet.citypoint.api.DriversApi;
import dev.quartet.citypoint.model.DriverAddressAttributes;
import dev.quartet.citypoint.model.DriverAddressDocument;
import dev.quartet.citypoint.model.DriverAddressResource;
import dev.quartet.citypoint.model.DriverAttributes;
import dev.quartet.citypoint.model.DriverDocument;
import dev.quartet.citypoint.model.DriverParamsCollection;
import dev.quartet.citypoint.model.DriverParamsDocument;
import dev.quartet.citypoint.model.DriverParamsResource;
import dev.quartet.citypoint.model.DriverParamsSortKey;
import dev.quartet.citypoint.model.DriverResource;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Drivers: changing one ({@code PATCH}), adding an address, and their parameters.
 *
 * <pre>{@code
 * client.drivers().update("7", new DriverAttributes().licence("77 12 345678"));
 * client.drivers().addAddress("7", new DriverAddressAttributes().type(DriverAddressType.DELIVERY)
 *     .putAdditionalProperty("Address", "Moscow, Tverskaya 1"));
 * }</pre>
 */
public final class Drivers {
  /** Resource type of drivers. */
  public static final String TYPE = "driver";
  /** Resource type sent for a new address (assumed: the vendor page does not name it). */
  public static final String ADDRESS_TYPE = "driverAddress";
  /** The only keys {@code sort} accepts on driver parameters. */
  public static final String PARAMS_SORT_DRIVER = "Driver";
  /** Sort key for driver parameters: the parameter's id. */
  public static final String PARAMS_SORT_ID = "Id";

  private static final TypeReference<DriverParamsCollection> PARAMS_COLLECTION = new TypeReference<>() {};

  private final DriversApi api;
  private final DriverAddressesApi addresses;
  private final DriverParamsApi paramsApi;
  private final Supplier<String> userId;
  private final LinkFollower links;
  private final Resources<DriverParamsResource, DriverParamsCollection> params;

  Drivers(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new DriversApi(invoker);
    this.addresses = new DriverAddressesApi(invoker);
    this.paramsApi = new DriverParamsApi(invoker);
    this.userId = userId;
    this.links = links;
    this.params = params(null);
  }

  /**
   * {@code PATCH /user/{user_id}/drivers/{driver_id}}: sends {@code changes} as the driver's
   * attributes (only those set are sent; {@code DateOfCreation} and {@code UpdateDate} are ignored by
   * the server).
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @return the driver as the server answers it, empty when the answer carries none
   */
  public Optional<DriverResource> update(String driverId, DriverAttributes changes) {
    Checks.required("changes", changes);
    DriverDocument body = new DriverDocument().data(new DriverResource().id(driverId).type(TYPE).attributes(changes));
    return Optional.ofNullable(Resources.data(api.updateDriver(userId.get(), driverId, body), DriverDocument::getData));
  }

  /**
   * {@code POST /user/{user_id}/drivers/{driver_id}/addresses}: adds an address; {@code Type} (legal,
   * actual, delivery) is required.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @return the created address (201), empty when the answer carries none
   */
  public Optional<DriverAddressResource> addAddress(String driverId, DriverAddressAttributes address) {
    Checks.required("address", address);
    address.validate(); // Type is required; the generated body check does not reach into open attribute objects
    DriverAddressDocument body = new DriverAddressDocument().data(new DriverAddressResource().type(ADDRESS_TYPE).attributes(address));
    return Optional.ofNullable(Resources.data(addresses.createDriverAddress(userId.get(), driverId, body),
        DriverAddressDocument::getData));
  }

  /**
   * Driver parameters with the server's default {@code with_defaults} (1: unset parameters filled with
   * their defaults). {@code sort} accepts only {@link #PARAMS_SORT_DRIVER} and {@link #PARAMS_SORT_ID}.
   *
   * @return the driver-parameter resources
   */
  public Resources<DriverParamsResource, DriverParamsCollection> params() {
    return params;
  }

  /**
   * Driver parameters with {@code with_defaults} sent explicitly.
   *
   * @param withDefaults whether unset parameters come filled with their defaults (sent as 1 or 0)
   * @return the driver-parameter resources
   */
  public Resources<DriverParamsResource, DriverParamsCollection> params(boolean withDefaults) {
    return params(Boolean.valueOf(withDefaults));
  }

  private Resources<DriverParamsResource, DriverParamsCollection> params(Boolean withDefaults) {
    String name = "drivers/params" + (withDefaults == null ? "" : "?with_defaults=" + (withDefaults ? 1 : 0));
    Listing<DriverParamsResource, DriverParamsCollection> list = new Listing<>(name, userId,
        (user, q, since) -> paramsApi.listDriverParamsWithResponse(user, q.offset(), q.limit(), q.fieldsParam(),
            q.filterParam(), paramsSort(q), withDefaults, since),
        Shapes.of(DriverParamsCollection::getData, DriverParamsCollection::getLinks, DriverParamsCollection::getMeta),
        PARAMS_COLLECTION, links, QueryRules.sortOnlyBy(PARAMS_SORT_DRIVER, PARAMS_SORT_ID));
    return new Resources<>(list, userId, (user, id, fields) ->
        Resources.data(paramsApi.getDriverParams(user, id, fields, withDefaults), DriverParamsDocument::getData));
  }

  /** The query's sort keys as the driver-parameter listing takes them (checked by {@link QueryRules#sortOnlyBy}). */
  private static List<DriverParamsSortKey> paramsSort(Query q) {
    return q.sortKeys().isEmpty() ? null : q.sortKeys().stream().map(key -> DriverParamsSortKey.of(key.toString())).toList();
  }
}
