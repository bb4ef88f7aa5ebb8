package dev.quartet.core.json;

/**
 * A model that keeps the properties it does not declare, and where decoding puts the raw value of a
 * declared property whose value did not fit its type. Implemented by every generated model.
 */
public interface AdditionalProperties {
  /**
   * Keeps {@code value} (plain JSON: map, list, string, number, boolean or null) under {@code name}.
   *
   * @param name the JSON property name
   * @param value the raw value
   * @return this model, for chaining (generated models narrow the return type to themselves)
   */
  Object putAdditionalProperty(String name, Object value);
}
