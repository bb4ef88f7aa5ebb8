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
import dev.quartet.citypoint.params.GetDriverParamsParams;
import dev.quartet.citypoint.params.ListDriverParamsParams;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.RequestOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Drivers: changing one ({@code PATCH}), adding an address, and their parameters. Each call comes in
 * three forms ({@code update}, {@code updateWithResponse}, {@code updateAsync}), each also with
 * {@link RequestOptions} last.
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
  private static final TypeReference<DriverParamsDocument> PARAMS_DOCUMENT = new TypeReference<>() {};
  private static final TypeReference<DriverDocument> DRIVER = new TypeReference<>() {};
  private static final TypeReference<DriverAddressDocument> ADDRESS = new TypeReference<>() {};

  private final DriversApi api;
  private final DriverAddressesApi addresses;
  private final DriverParamsApi paramsApi;
  private final ApiInvoker invoker;
  private final Supplier<String> userId;
  private final LinkFollower links;
  private final Exchange<DriverDocument, Optional<DriverResource>> updated;
  private final Exchange<DriverAddressDocument, Optional<DriverAddressResource>> added;
  private final Resources<DriverParamsResource, DriverParamsCollection> params;

  Drivers(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.api = new DriversApi(invoker);
    this.addresses = new DriverAddressesApi(invoker);
    this.paramsApi = new DriverParamsApi(invoker);
    this.invoker = invoker;
    this.userId = userId;
    this.links = links;
    this.updated = Exchange.data(invoker, DRIVER, DriverDocument::getData, r -> r);
    this.added = Exchange.data(invoker, ADDRESS, DriverAddressDocument::getData, r -> r);
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
    return update(driverId, changes, RequestOptions.none());
  }

  /**
   * {@link #update(String, DriverAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @param options per-call options
   * @return the driver as the server answers it, empty when the answer carries none
   */
  public Optional<DriverResource> update(String driverId, DriverAttributes changes, RequestOptions options) {
    return updated.send(updateRequest(driverId, changes), options);
  }

  /**
   * {@link #update(String, DriverAttributes)} with the answer's status and headers.
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @return the answer, its body the driver or empty
   */
  public ApiResponse<Optional<DriverResource>> updateWithResponse(String driverId, DriverAttributes changes) {
    return updateWithResponse(driverId, changes, RequestOptions.none());
  }

  /**
   * {@link #updateWithResponse(String, DriverAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @param options per-call options
   * @return the answer, its body the driver or empty
   */
  public ApiResponse<Optional<DriverResource>> updateWithResponse(String driverId, DriverAttributes changes,
      RequestOptions options) {
    return updated.sendWithResponse(updateRequest(driverId, changes), options);
  }

  /**
   * {@link #update(String, DriverAttributes)} without blocking; cancelling the future cancels the HTTP call.
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @return the future driver, or empty
   */
  public CompletableFuture<Optional<DriverResource>> updateAsync(String driverId, DriverAttributes changes) {
    return updateAsync(driverId, changes, RequestOptions.none());
  }

  /**
   * {@link #updateAsync(String, DriverAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param changes the attributes to change
   * @param options per-call options
   * @return the future driver, or empty
   */
  public CompletableFuture<Optional<DriverResource>> updateAsync(String driverId, DriverAttributes changes,
      RequestOptions options) {
    return updated.sendAsync(updateRequest(driverId, changes), options);
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
    return addAddress(driverId, address, RequestOptions.none());
  }

  /**
   * {@link #addAddress(String, DriverAddressAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @param options per-call options
   * @return the created address (201), empty when the answer carries none
   */
  public Optional<DriverAddressResource> addAddress(String driverId, DriverAddressAttributes address,
      RequestOptions options) {
    return added.send(addAddressRequest(driverId, address), options);
  }

  /**
   * {@link #addAddress(String, DriverAddressAttributes)} with the answer's status and headers.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @return the answer (201), its body the address or empty
   */
  public ApiResponse<Optional<DriverAddressResource>> addAddressWithResponse(String driverId,
      DriverAddressAttributes address) {
    return addAddressWithResponse(driverId, address, RequestOptions.none());
  }

  /**
   * {@link #addAddressWithResponse(String, DriverAddressAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @param options per-call options
   * @return the answer (201), its body the address or empty
   */
  public ApiResponse<Optional<DriverAddressResource>> addAddressWithResponse(String driverId,
      DriverAddressAttributes address, RequestOptions options) {
    return added.sendWithResponse(addAddressRequest(driverId, address), options);
  }

  /**
   * {@link #addAddress(String, DriverAddressAttributes)} without blocking; cancelling the future
   * cancels the HTTP call.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @return the future address, or empty
   */
  public CompletableFuture<Optional<DriverAddressResource>> addAddressAsync(String driverId,
      DriverAddressAttributes address) {
    return addAddressAsync(driverId, address, RequestOptions.none());
  }

  /**
   * {@link #addAddressAsync(String, DriverAddressAttributes)} with per-call options.
   *
   * @param driverId the driver's id
   * @param address the new address; its {@code Type} must be set
   * @param options per-call options
   * @return the future address, or empty
   */
  public CompletableFuture<Optional<DriverAddressResource>> addAddressAsync(String driverId,
      DriverAddressAttributes address, RequestOptions options) {
    return added.sendAsync(addAddressRequest(driverId, address), options);
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

  private ApiRequest updateRequest(String driverId, DriverAttributes changes) {
    Checks.required("changes", changes);
    DriverDocument body = new DriverDocument().data(new DriverResource().id(driverId).type(TYPE).attributes(changes));
    return api.updateDriverRequest(userId.get(), driverId, body);
  }

  private ApiRequest addAddressRequest(String driverId, DriverAddressAttributes address) {
    Checks.required("address", address);
    address.validate(); // Type is required; the generated body check does not reach into open attribute objects
    DriverAddressDocument body = new DriverAddressDocument().data(new DriverAddressResource().type(ADDRESS_TYPE).attributes(address));
    return addresses.createDriverAddressRequest(userId.get(), driverId, body);
  }

  private Resources<DriverParamsResource, DriverParamsCollection> params(Boolean withDefaults) {
    String name = "drivers/params" + (withDefaults == null ? "" : "?with_defaults=" + (withDefaults ? 1 : 0));
    Listing<DriverParamsResource, DriverParamsCollection> list = new Listing<>(name, userId,
        (user, q, since) -> paramsApi.listDriverParamsRequest(user, ListDriverParamsParams.builder().pageOffset(q.offset())
            .pageLimit(q.limit()).fieldsDriverParams(q.fieldsParam()).filterDriverParams(q.filterParam())
            .sort(paramsSort(q)).withDefaults(withDefaults).ifModifiedSince(since).build()),
        Shapes.of(DriverParamsResource.class, DriverParamsCollection::getData, DriverParamsCollection::getLinks, DriverParamsCollection::getMeta),
        PARAMS_COLLECTION, invoker, links, QueryRules.sortOnlyBy(PARAMS_SORT_DRIVER, PARAMS_SORT_ID));
    return new Resources<>(list, userId,
        (user, id, fields) -> paramsApi.getDriverParamsRequest(user, id,
            GetDriverParamsParams.builder().fieldsDriverParams(fields).withDefaults(withDefaults).build()),
        Exchange.data(invoker, PARAMS_DOCUMENT, DriverParamsDocument::getData, r -> r));
  }

  /** The query's sort keys as the driver-parameter listing takes them (checked by {@link QueryRules#sortOnlyBy}). */
  private static List<DriverParamsSortKey> paramsSort(Query q) {
    return q.sortKeys().isEmpty() ? null : q.sortKeys().stream().map(key -> DriverParamsSortKey.of(key.toString())).toList();
  }
}
