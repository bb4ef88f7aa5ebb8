package dev.quartet.citypoint;

import dev.quartet.citypoint.model.DriverResource;
import dev.quartet.citypoint.model.NotificationAttributes;
import dev.quartet.citypoint.model.NotificationResource;
import dev.quartet.citypoint.model.Relationship;
import dev.quartet.citypoint.model.ResourceIdentifier;
import dev.quartet.citypoint.model.ZoneResource;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification with its related vehicle, driver and zone resolved from the page's {@code included}
 * (ask for them with {@code Query.include(Notification.CAR, Notification.DRIVER, Notification.ZONE)}).
 *
 * <p><b>Experimental:</b> the notifications endpoint is seen only in working clients, not on a
 * vendor page; its shape may differ from what this class expects.
 */
public final class Notification {
  /** Attribute names, for {@link Query#fields}, {@link Filter} and {@link Sort}. */
  public static final String TITLE = "Title";
  public static final String MESSAGE = "Message";
  public static final String LEVEL = "Level";
  public static final String RECORD_DATE = "RecordDate";
  public static final String DATE_OF_CREATION = "DateOfCreation";
  /** Relationship names, for {@link Query#include}. */
  public static final String CAR = "Car";
  public static final String DRIVER = "Driver";
  public static final String ZONE = "Zone";

  private static final NotificationAttributes EMPTY = new NotificationAttributes();

  private final NotificationResource resource;
  private final IncludedResources included;

  private Notification(NotificationResource resource, IncludedResources included) {
    this.resource = resource;
    this.included = included;
  }

  static Notification of(NotificationResource resource, IncludedResources included) {
    return new Notification(Objects.requireNonNull(resource, "resource"), included);
  }

  public String id() {
    return resource.getId();
  }

  /** The typed attributes (never null; unknown ones in {@code getAdditionalProperties()}). */
  public NotificationAttributes attributes() {
    return resource.getAttributes() == null ? EMPTY : resource.getAttributes();
  }

  /** The identifier of the relationship {@code name} ({@link #CAR}, {@link #DRIVER}, {@link #ZONE}), if set. */
  public Optional<ResourceIdentifier> related(String name) {
    return JsonApi.identifier(relationship(name));
  }

  /** The vehicle, when it was included. */
  public Optional<Car> car() {
    return included.resolve(relationship(CAR), dev.quartet.citypoint.model.CarResource.class).map(Car::of);
  }

  /** The driver, when it was included. */
  public Optional<DriverResource> driver() {
    return included.resolve(relationship(DRIVER), DriverResource.class);
  }

  /** The zone, when it was included. */
  public Optional<ZoneResource> zone() {
    return included.resolve(relationship(ZONE), ZoneResource.class);
  }

  /** The JSON:API resource as received. */
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
