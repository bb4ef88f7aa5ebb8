package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.api.CarHistoryApi;
import dev.quartet.citypoint.api.CarStatesApi;
import dev.quartet.citypoint.api.NotificationsApi;
import dev.quartet.citypoint.api.SensorsApi;
import dev.quartet.citypoint.api.ZonesApi;
import dev.quartet.citypoint.model.CarStateCollection;
import dev.quartet.citypoint.model.CarStateResource;
import dev.quartet.citypoint.model.HistStateCollection;
import dev.quartet.citypoint.model.HistStateResource;
import dev.quartet.citypoint.model.NotificationCollection;
import dev.quartet.citypoint.model.NotificationResource;
import dev.quartet.citypoint.model.SensorCollection;
import dev.quartet.citypoint.model.SensorResource;
import dev.quartet.citypoint.model.ZoneCollection;
import dev.quartet.citypoint.model.ZoneResource;
import dev.quartet.citypoint.params.ListCarHistoryParams;
import dev.quartet.citypoint.params.ListCarStatesParams;
import dev.quartet.citypoint.params.ListNotificationsParams;
import dev.quartet.citypoint.params.ListSensorsParams;
import dev.quartet.citypoint.params.ListZonesParams;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import java.util.function.Supplier;

/**
 * Vehicle states, vehicle history, sensors, notifications and zones.
 *
 * <p><b>Experimental:</b> these endpoints are seen only in public clients that call the live API, not
 * on a vendor page; their paths, parameters and attributes are our reading of those clients (marked
 * {@code x-inferred} in the spec) and may change. They follow the conventions of the documented
 * lists: paging, {@code fields[...]}, {@code filter[...]}, {@code sort} and conditional reads.
 */
public final class Tracking {
  /**
   * Attribute names shared by vehicle states and history records, for {@link Query#fields},
   * {@link Filter} and {@link Sort}: latitude.
   */
  public static final String LAT = "Lat";
  /** Attribute: longitude. */
  public static final String LON = "Lon";
  /** Attribute: speed. */
  public static final String VELOCITY = "Velocity";
  /** Attribute: when the state was recorded. */
  public static final String RECORD_DATE = "RecordDate";
  /** Sensor readings of a vehicle state; dotted fields reach inside, e.g. {@code Sensors.value}. */
  public static final String SENSORS = "Sensors";

  private static final TypeReference<CarStateCollection> STATES = new TypeReference<>() {};
  private static final TypeReference<HistStateCollection> HISTORY = new TypeReference<>() {};
  private static final TypeReference<SensorCollection> SENSOR_LIST = new TypeReference<>() {};
  private static final TypeReference<NotificationCollection> NOTIFICATIONS = new TypeReference<>() {};
  private static final TypeReference<ZoneCollection> ZONES = new TypeReference<>() {};

  private final CarHistoryApi historyApi;
  private final Supplier<String> userId;
  private final ApiInvoker invoker;
  private final LinkFollower links;
  private final Listing<CarStateResource, CarStateCollection> carStates;
  private final Listing<SensorResource, SensorCollection> sensors;
  private final Listing<Notification, NotificationCollection> notifications;
  private final Listing<ZoneResource, ZoneCollection> zones;

  Tracking(ApiInvoker invoker, Supplier<String> userId, LinkFollower links) {
    this.historyApi = new CarHistoryApi(invoker);
    this.userId = userId;
    this.invoker = invoker;
    this.links = links;
    CarStatesApi statesApi = new CarStatesApi(invoker);
    this.carStates = new Listing<>("cars/states", userId,
        (user, q, since) -> statesApi.listCarStatesRequest(user, ListCarStatesParams.builder().pageOffset(q.offset())
            .pageLimit(q.limit()).fieldsCarState(q.fieldsParam()).filterCarState(q.filterParam()).sort(q.sortParam())
            .ifModifiedSince(since).build()),
        Shapes.of(CarStateResource.class, CarStateCollection::getData, CarStateCollection::getLinks, CarStateCollection::getMeta),
        STATES, invoker, links, QueryRules.NO_INCLUDE);
    SensorsApi sensorsApi = new SensorsApi(invoker);
    this.sensors = new Listing<>("sensors", () -> null,
        (user, q, since) -> sensorsApi.listSensorsRequest(ListSensorsParams.builder().pageOffset(q.offset())
            .pageLimit(q.limit()).fieldsSensor(q.fieldsParam()).filterSensor(q.filterParam()).sort(q.sortParam())
            .ifModifiedSince(since).build()),
        Shapes.of(SensorResource.class, SensorCollection::getData, SensorCollection::getLinks, SensorCollection::getMeta),
        SENSOR_LIST, invoker, links, QueryRules.NO_INCLUDE);
    NotificationsApi notificationsApi = new NotificationsApi(invoker);
    this.notifications = new Listing<>("notifications", userId,
        (user, q, since) -> notificationsApi.listNotificationsRequest(user, ListNotificationsParams.builder()
            .pageOffset(q.offset()).pageLimit(q.limit()).fieldsNotification(q.fieldsParam())
            .filterNotification(q.filterParam()).sort(q.sortParam()).include(q.includeParam()).ifModifiedSince(since).build()),
        Shapes.of(NotificationResource.class, NotificationCollection::getData, NotificationCollection::getLinks, NotificationCollection::getMeta,
            (d, r) -> Notification.of(r, IncludedResources.of(d.getIncluded()))),
        NOTIFICATIONS, invoker, links, QueryRules.ANY);
    ZonesApi zonesApi = new ZonesApi(invoker);
    this.zones = new Listing<>("zones", userId,
        (user, q, since) -> zonesApi.listZonesRequest(user, ListZonesParams.builder().pageOffset(q.offset())
            .pageLimit(q.limit()).fieldsZone(q.fieldsParam()).filterZone(q.filterParam()).sort(q.sortParam())
            .ifModifiedSince(since).build()),
        Shapes.of(ZoneResource.class, ZoneCollection::getData, ZoneCollection::getLinks, ZoneCollection::getMeta),
        ZONES, invoker, links, QueryRules.NO_INCLUDE);
  }

  /**
   * Experimental. {@code GET /user/{user_id}/cars/states}: the latest state of every vehicle.
   *
   * @return the listing
   */
  public Listing<CarStateResource, CarStateCollection> carStates() {
    return carStates;
  }

  /**
   * Experimental. {@code GET /user/{user_id}/cars/{car_id}/history/full}: the recorded states of one
   * vehicle, usually filtered by time ({@code Filter.gt(Tracking.RECORD_DATE, since)}).
   *
   * @param carId the vehicle's id
   * @return the listing; nothing is sent until it is read
   */
  public Listing<HistStateResource, HistStateCollection> carHistory(String carId) {
    Checks.notBlank("car_id", carId);
    return new Listing<>("cars/" + carId + "/history/full", userId,
        (user, q, since) -> historyApi.listCarHistoryRequest(user, carId, ListCarHistoryParams.builder()
            .pageOffset(q.offset()).pageLimit(q.limit()).fieldsHistState(q.fieldsParam()).filterHistState(q.filterParam())
            .sort(q.sortParam()).ifModifiedSince(since).build()),
        Shapes.of(HistStateResource.class, HistStateCollection::getData, HistStateCollection::getLinks, HistStateCollection::getMeta),
        HISTORY, invoker, links, QueryRules.NO_INCLUDE);
  }

  /**
   * Experimental. {@code GET /sensors} (no user prefix): the sensor kinds.
   *
   * @return the listing
   */
  public Listing<SensorResource, SensorCollection> sensors() {
    return sensors;
  }

  /**
   * Experimental. {@code GET /user/{user_id}/notifications}; with
   * {@code include(Notification.DRIVER, Notification.ZONE, Notification.CAR)} each {@link Notification}
   * resolves its vehicle, driver and zone from the page's {@code included}.
   *
   * @return the notifications listing
   */
  public Listing<Notification, NotificationCollection> notifications() {
    return notifications;
  }

  /**
   * Experimental. {@code GET /user/{user_id}/zones}: the user's zones.
   *
   * @return the listing
   */
  public Listing<ZoneResource, ZoneCollection> zones() {
    return zones;
  }
}
