package dev.quartet.citypoint;

import dev.quartet.citypoint.model.DriverResource;
import dev.quartet.citypoint.model.NotificationAttributes;
import dev.quartet.citypoint.model.NotificationResource;
import dev.quartet.citypoint.model.Relationship;
import dev.quartet.citypoint.model.ResourceIdentifier;
import dev.quartet.citypoint.model.ZoneResource;
import dev.quartet.core.Checks;
import java.util.Optional;

/**
 * A notification with its related vehicle, driver and zone resolved from the page's {@code included}
 * (ask for them with {@code Query.include(Notification.CAR, Notification.DRIVER, Notification.ZONE)}).
 *
 * <p><b>Experimental:</b> the notifications endpoint is seen only in working clients, not on a
 * vendor page; its shape may differ from what this class expects.
 */
public final class Notification {
  /** Attribute names, for {@link Query#fields}, {@link Filter} and {@link Sort}: the title. */
  public static final String TITLE = "Title";
  /** Attribute: the message text. */
  public static final String MESSAGE = "Message";
  /** Attribute: the severity level. */
  public static final String LEVEL = "Level";
  /** Attribute: when the event it reports happened. */
  public static final String RECORD_DATE = "RecordDate";
  /** Attribute: when the notification was created. */
  public static final String DATE_OF_CREATION = "DateOfCreation";
  /** Relationship names, for {@link Query#include}: the vehicle. */
  public static final String CAR = "Car";
  /** Relationship: the driver. */
  public static final String DRIVER = "Driver";
  /** Relationship: the zone. */
  public static final String ZONE = "Zone";

  private static final NotificationAttributes EMPTY = new NotificationAttributes();

  private final NotificationResource resource;
  private final IncludedResources included;

  private Notification(NotificationResource resource, IncludedResources included) {
    this.resource = resource;
    this.included = included;
  }

  static Notification of(NotificationResource resource, IncludedResources included) {
    return new Notification(Checks.required("resource", resource), included);
  }

  /** {@return the notification's resource id} */
  public String id() {
    return resource.getId();
  }

  /** {@return the typed attributes (never null; unknown ones in {@code getAdditionalProperties()})} */
  public NotificationAttributes attributes() {
    return resource.getAttributes() == null ? EMPTY : resource.getAttributes();
  }

  /**
   * Reads one relationship's identifier, whether or not the resource was included.
   *
   * @param name the relationship: {@link #CAR}, {@link #DRIVER} or {@link #ZONE}
   * @return the identifier it points at, if set
   */
  public Optional<ResourceIdentifier> related(String name) {
    return JsonApi.identifier(relationship(name));
  }

  /** {@return the vehicle, when it was included} */
  public Optional<Car> car() {
    return included.resolve(relationship(CAR), dev.quartet.citypoint.model.CarResource.class).map(Car::of);
  }

  /** {@return the driver, when it was included} */
  public Optional<DriverResource> driver() {
    return included.resolve(relationship(DRIVER), DriverResource.class);
  }

  /** {@return the zone, when it was included} */
  public Optional<ZoneResource> zone() {
    return included.resolve(relationship(ZONE), ZoneResource.class);
  }

  /** {@return the JSON:API resource as received} */
  public NotificationResource resource() {
    return resource;
  }

  private Relationship relationship(String name) {
    return JsonApi.relationship(resource.getRelationships(), name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Notification other && other.resource.equals(resource);
  }

  @Override
  public int hashCode() {
    return resource.hashCode();
  }

  @Override
  public String toString() {
    return "Notification{id=" + id() + ", title=" + attributes().getTitle() + ", recordDate=" + attributes().getRecordDate() + "}";
  }
}
