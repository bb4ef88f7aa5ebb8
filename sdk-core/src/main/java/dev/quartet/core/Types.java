package dev.quartet.core;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;

/**
 * Type tokens for plain classes. {@code new TypeReference<Place>() {}} is a class of its own, loaded
 * and kept for each operation (a client with 166 operations loads 166 of them when it is built);
 * {@link #of(Class)} gives the same token without one. Generic types still need the anonymous subclass.
 */
public final class Types {
  private Types() {}

  /**
   * {@return a type token for {@code type}, read by Jackson as the class itself}
   *
   * @param <T> the type
   * @param type a class without type parameters
   */
  public static <T> TypeReference<T> of(Class<T> type) {
    Checks.required("type", type);
    return new TypeReference<T>() {
      @Override
      public Type getType() {
        return type;
      }
    };
  }
}
