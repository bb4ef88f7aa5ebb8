package dev.quartet.citypoint;

import dev.quartet.citypoint.model.LinkObject;
import dev.quartet.citypoint.model.Relationship;
import dev.quartet.citypoint.model.ResourceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the members JSON:API 1.0 lets a server write in more than one form. A link ({@code self},
 * {@code next}, {@code related}, ...) is either a URL string or an object {@code {href, meta}}; a
 * relationship's {@code data} is an identifier, {@code null} or an array of identifiers. Each reader
 * accepts every form and never throws on an odd one: what cannot be read is simply absent.
 */
public final class JsonApi {
  private JsonApi() {}

  /**
   * Reads a link written as a URL string or as {@code {href, meta}}.
   *
   * @param link the link member as decoded; may be null
   * @return the URL; empty when absent, blank or of another shape
   */
  public static Optional<String> href(Object link) {
    String url = null;
    if (link instanceof String text) {
      url = text;
    } else if (link instanceof Map<?, ?> object && object.get("href") instanceof String text) {
      url = text;
    } else if (link instanceof LinkObject object) {
      url = object.getHref();
    }
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  /**
   * Reads a relationship's {@code data} in any of its forms.
   *
   * @param relationship the relationship; may be null
   * @return the identifiers it points at: none for {@code data: null} or no relationship, one, or many
   */
  public static List<ResourceIdentifier> identifiers(Relationship relationship) {
    Object data = relationship == null ? null : relationship.getData();
    List<ResourceIdentifier> out = new ArrayList<>();
    if (data instanceof List<?> many) {
      many.forEach(item -> identifier(item).ifPresent(out::add));
    } else {
      identifier(data).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Reads a to-one relationship.
   *
   * @param relationship the relationship; may be null
   * @return the first identifier (the only one of a to-one relationship), if any
   */
  public static Optional<ResourceIdentifier> identifier(Relationship relationship) {
    return identifiers(relationship).stream().findFirst();
  }

  /**
   * Picks one relationship out of a relationships map that may itself be absent.
   *
   * @param relationships the resource's relationships; may be null
   * @param name the relationship's name
   * @return the relationship, or null when either is absent
   */
  public static Relationship relationship(Map<String, Relationship> relationships, String name) {
    return relationships == null ? null : relationships.get(name);
  }

  private static Optional<ResourceIdentifier> identifier(Object item) {
    if (item instanceof ResourceIdentifier id) {
      return Optional.of(id);
    }
    if (!(item instanceof Map<?, ?> object) || object.get("id") == null) {
      return Optional.empty();
    }
    ResourceIdentifier id = new ResourceIdentifier().id(String.valueOf(object.get("id")));
    Object type = object.get("type");
    return Optional.of(type == null ? id : id.type(String.valueOf(type)));
  }
}
