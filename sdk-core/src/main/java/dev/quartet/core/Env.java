package dev.quartet.core;

import dev.quartet.core.errors.ConfigurationException;
import java.util.Map;
import java.util.Optional;

/** Reads client settings from environment variables (or a map standing in for them, in tests). */
public final class Env {
  private final Map<String, String> vars;

  private Env(Map<String, String> vars) {
    this.vars = Checks.required("vars", vars);
  }

  /**
   * {@return variables read from {@code vars} instead of the process environment}
   *
   * @param vars the variables
   */
  public static Env of(Map<String, String> vars) {
    return new Env(vars);
  }

  /**
   * {@return the trimmed value of {@code name}, if set and not blank}
   *
   * @param name the variable name
   */
  public Optional<String> optional(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * {@return the value of {@code name}; a {@link ConfigurationException} naming it when unset}
   *
   * @param name the variable name
   */
  public String required(String name) {
    return optional(name).orElseThrow(() -> new ConfigurationException("environment variable " + name + " is not set"));
  }

  /**
   * {@return like {@link #required(String)}, with a hint on what else would do}
   *
   * @param name the variable name
   * @param hint what else would do, added to the message
   */
  public String required(String name, String hint) {
    return optional(name).orElseThrow(
        () -> new ConfigurationException("environment variable " + name + " is not set (" + hint + ")"));
  }

  /**
   * {@return the value of {@code name} when set, checked to be an http or https URL; a
   * {@link ConfigurationException} naming the variable otherwise}
   *
   * @param name the variable name
   */
  public Optional<String> optionalUrl(String name) {
    Optional<String> value = optional(name);
    if (value.isPresent() && okhttp3.HttpUrl.parse(value.get()) == null) {
      throw new ConfigurationException("environment variable " + name + " must be an http or https URL, was \""
          + value.get() + "\"");
    }
    return value;
  }

  /** Variable values are never shown: they may be credentials. */
  @Override
  public String toString() {
    return "Env{" + vars.size() + " variables}";
  }
}
