package dev.quartet.citypoint;

import dev.quartet.citypoint.model.CarAttributes;
import dev.quartet.citypoint.model.CarResource;
import dev.quartet.core.Checks;
import java.util.Map;

/**
 * A vehicle read from its JSON:API resource: the attributes seen so far as typed getters, every other
 * attribute (the vendor's list is not documented) in {@link #otherAttributes()}, and the raw resource
 * in {@link #resource()}.
 */
public final class Car {
  /** Attribute names, for {@link Query#fields}, {@link Filter} and {@link Sort}. */
  public static final String MODEL = "Model";
  /** Attribute name of the registration plate, for {@code Query.fields(...)} and sorting. */
  public static final String REG_NUMBER = "RegNumber";
  /** Attribute name of the hidden flag. */
  public static final String IS_HIDDEN = "IsHidden";
  /** Returned but not filterable. */
  public static final String CAR_STATE = "CarState";

  private static final CarAttributes EMPTY = new CarAttributes();

  private final CarResource resource;

  private Car(CarResource resource) {
    this.resource = resource;
  }

  /**
   * Wraps a raw resource (as found in {@code CarCollection.getData()}).
   *
   * @param resource the resource as received
   * @return the vehicle
   */
  public static Car of(CarResource resource) {
    return new Car(Checks.required("resource", resource));
  }

  /** {@return the vehicle's id} */
  public String id() {
    return resource.getId();
  }

  /** {@return the vehicle's model; may be null} */
  public String model() {
    return attributes().getModel();
  }

  /** {@return registration plate} */
  public String regNumber() {
    return attributes().getRegNumber();
  }

  /** {@return {@code IsHidden}; null when not sent} */
  public Boolean hidden() {
    return attributes().getIsHidden();
  }

  /** {@return {@code CarState} as sent (its members are undocumented); empty when absent} */
  public Map<String, Object> state() {
    Map<String, Object> state = attributes().getCarState();
    return state == null ? Map.of() : state;
  }

  /** {@return attributes other than the typed ones, by their JSON name} */
  public Map<String, Object> otherAttributes() {
    return attributes().getAdditionalProperties();
  }

  /**
   * {@return any attribute by its JSON name, typed ones included (as their Java values)}
   *
   * @param name the name
   */
  public Object attribute(String name) {
    switch (name) {
      case MODEL: return model();
      case REG_NUMBER: return regNumber();
      case IS_HIDDEN: return hidden();
      case CAR_STATE: return attributes().getCarState();
      default: return attributes().getAdditionalProperty(name);
    }
  }

  /** {@return the JSON:API resource as received} */
  public CarResource resource() {
    return resource;
  }

  private CarAttributes attributes() {
    return resource.getAttributes() == null ? EMPTY : resource.getAttributes();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Car other && other.resource.equals(resource);
  }

  @Override
  public int hashCode() {
    return resource.hashCode();
  }

  @Override
  public String toString() {
    return "Car{id=" + id() + ", model=" + model() + ", regNumber=" + regNumber() + "}";
  }
}
