package dev.quartet.citypoint;

import dev.quartet.citypoint.model.IncludedResource;
import dev.quartet.citypoint.model.Relationship;
import dev.quartet.citypoint.model.ResourceIdentifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code included} resources of a document (what {@code include=...} pulled in), looked up by the
 * identifiers of a relationship and read as a typed resource such as {@code CarResource}.
 */
public final class IncludedResources {
  private static final IncludedResources NONE = new IncludedResources(List.of());

  private final List<IncludedResource> included;

  private IncludedResources(List<IncludedResource> included) {
    this.included = included;
  }

  static IncludedResources of(List<IncludedResource> included) {
    return included == null || included.isEmpty() ? NONE : new IncludedResources(List.copyOf(included.stream()
        .filter(Objects::nonNull).toList()));
  }

  /**
   * Looks up the included resource {@code ref} names, matching its id and (when given) its type.
   *
   * @param <R> the model to read it as
   * @param ref the identifier to look up; null finds nothing
   * @param as the model class to convert the resource to
   * @return the resource read as {@code as}; empty when it was not included
   */
  public <R> Optional<R> find(ResourceIdentifier ref, Class<R> as) {
    if (ref == null || ref.getId() == null) {
      return Optional.empty();
    }
    return included.stream()
        .filter(r -> ref.getId().equals(r.getId()) && (ref.getType() == null || ref.getType().equals(r.getType())))
        .findFirst()
        .map(r -> CitypointJson.mapper().convertValue(r, as));
  }

  /**
   * Resolves a to-one relationship against the included resources.
   *
   * @param <R> the model to read it as
   * @param relationship the relationship; null resolves to nothing
   * @param as the model class to convert the resource to
   * @return the first resource {@code relationship} points at, if it was included
   */
  public <R> Optional<R> resolve(Relationship relationship, Class<R> as) {
    return JsonApi.identifier(relationship).flatMap(ref -> find(ref, as));
  }

  /**
   * Resolves a to-many relationship against the included resources.
   *
   * @param <R> the model to read them as
   * @param relationship the relationship; null resolves to none
   * @param as the model class to convert each resource to
   * @return every included resource {@code relationship} points at, in its order; ones not included
   *     are left out
   */
  public <R> List<R> resolveAll(Relationship relationship, Class<R> as) {
    return JsonApi.identifiers(relationship).stream().flatMap(ref -> find(ref, as).stream()).toList();
  }

  /** {@return how many resources were included} */
  public int size() {
    return included.size();
  }

  @Override
  public String toString() {
    return "IncludedResources{" + included.size() + "}";
  }
}
