package dev.quartet.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads client settings from environment variables (or a map standing in for them, in tests). */
public final class Env {
  private final Map<String, String> vars;

  private Env(Map<String, String> vars) {
    this.vars = Objects.requireNonNull(vars, "vars");
  }

  public static Env of(Map<String, String> vars) {
    return new Env(vars);
  }

  /** The trimmed value of {@code name}, if set and not blank. */
  public Optional<String> optional(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The value of {@code name}; an {@link IllegalStateException} naming it when unset. */
  public String required(String name) {
    return optional(name).orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
  }

  /** Like {@link #required(String)}, with a hint on what else would do. */
  public String required(String name, String hint) {
    return optional(name).orElseThrow(
        () -> new IllegalStateException("environment variable " + name + " is not set (" + hint + ")"));
  }

  /** Variable values are never shown: they may be credentials. */
  @Override
  public String toString() {
    return "Env{" + vars.size() + " variables}";
  }
}
