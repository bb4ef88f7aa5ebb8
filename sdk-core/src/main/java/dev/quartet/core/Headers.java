package dev.quartet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.BiConsumer;

/**
 * The headers of an HTTP answer: immutable, names case-insensitive, values in the order received.
 * {@link #toString()} masks the values of credential-like headers ({@code Authorization},
 * {@code Cookie}, {@code Set-Cookie}, API keys and the like), so a logged response leaks no secret.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "cookie",
      "set-cookie", "x-api-key", "api-key", "x-auth-token", "x-access-token", "x-csrf-token");

  /** The answer's headers as received (count, name and value at an index), until {@link #byName()} first needs them by name. */
  private final int count;
  private final IntFunction<String> nameAt;
  private final IntFunction<String> valueAt;
  private volatile Map<String, List<String>> byName;

  private Headers(TreeMap<String, List<String>> byName) {
    this.count = 0;
    this.nameAt = null;
    this.valueAt = null;
    this.byName = Collections.unmodifiableMap(byName);
  }

  private Headers(int count, IntFunction<String> nameAt, IntFunction<String> valueAt) {
    this.count = count;
    this.nameAt = nameAt;
    this.valueAt = valueAt;
  }

  /**
   * {@return a view of headers held elsewhere, indexed by name only when first asked}
   * For transport code (the SDK's OkHttp glue wraps an answer's headers without copying them); the
   * functions must keep returning the same values.
   *
   * @param count how many name/value pairs there are
   * @param nameAt the name of pair {@code i}
   * @param valueAt the value of pair {@code i}
   */
  public static Headers view(int count, IntFunction<String> nameAt, IntFunction<String> valueAt) {
    Checks.required("nameAt", nameAt);
    Checks.required("valueAt", valueAt);
    return count == 0 ? EMPTY : new Headers(count, nameAt, valueAt);
  }

  private Map<String, List<String>> byName() {
    Map<String, List<String>> map = byName;
    if (map == null) {
      TreeMap<String, List<String>> index = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < count; i++) {
        index.computeIfAbsent(nameAt.apply(i), n -> new ArrayList<>(1)).add(valueAt.apply(i));
      }
      map = Collections.unmodifiableMap(frozen(index));
      byName = map;
    }
    return map;
  }

  /** {@return headers with no entry} */
  public static Headers empty() {
    return EMPTY;
  }

  /**
   * {@return headers from alternating names and values, e.g. {@code of("ETag", "\"v1\"", "Vary", "Accept")}}
   *
   * @param namesAndValues names and values, alternating; neither may be null
   */
  public static Headers of(String... namesAndValues) {
    Checks.required("namesAndValues", namesAndValues);
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("namesAndValues must alternate names and values, got an odd count");
    }
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      add(map, namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Headers(frozen(map));
  }

  /**
   * {@return headers holding every value of {@code map}; names that differ only in case are merged}
   *
   * @param map header names to their values, in order
   */
  public static Headers of(Map<String, ? extends List<String>> map) {
    Checks.required("map", map);
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.forEach((name, values) -> {
      Checks.required("values of header " + name, values);
      values.forEach(v -> add(copy, name, v));
    });
    return new Headers(frozen(copy));
  }

  private static void add(TreeMap<String, List<String>> map, String name, String value) {
    Checks.notBlank("header name", name);
    Checks.required("value of header " + name, value);
    map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  private static TreeMap<String, List<String>> frozen(TreeMap<String, List<String>> map) {
    map.replaceAll((name, values) -> List.copyOf(values));
    return map;
  }

  /**
   * {@return the first value of header {@code name} (any case), or null when absent}
   *
   * @param name the header name
   */
  public String get(String name) {
    if (byName == null) {
      for (int i = 0; i < count; i++) {
        if (nameAt.apply(i).equalsIgnoreCase(name)) {
          return valueAt.apply(i);
        }
      }
      return null;
    }
    List<String> values = byName().get(name);
    return values == null ? null : values.get(0);
  }

  /**
   * {@return every value of header {@code name} (any case), in order; empty when absent}
   *
   * @param name the header name
   */
  public List<String> values(String name) {
    return byName().getOrDefault(name, List.of());
  }

  /** {@return the header names, as first received, in case-insensitive alphabetical order} */
  public Set<String> names() {
    return byName().keySet();
  }

  /** {@return the headers as an unmodifiable map, case-insensitive on lookup} */
  public Map<String, List<String>> toMap() {
    return byName();
  }

  /**
   * Calls {@code action} once per value, names in {@link #names()} order.
   *
   * @param action receives each name and value
   */
  public void forEach(BiConsumer<String, String> action) {
    Checks.required("action", action);
    byName().forEach((name, values) -> values.forEach(v -> action.accept(name, v)));
  }

  /** {@return the number of distinct header names} */
  public int size() {
    return byName().size();
  }

  /** {@return whether there is no header at all} */
  public boolean isEmpty() {
    return byName().isEmpty();
  }

  /**
   * {@return whether {@code name} holds a credential, so its value is masked in {@link #toString()}}
   *
   * @param name the header name
   */
  public static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SENSITIVE.contains(lower) || lower.contains("token") || lower.contains("secret") || lower.contains("api-key")
        || lower.contains("apikey") || lower.contains("password");
  }

  /** Equal when the same names (ignoring case) hold the same values in the same order. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Headers other) || other.byName().size() != byName().size()) {
      return false;
    }
    for (Map.Entry<String, List<String>> e : byName().entrySet()) {
      if (!e.getValue().equals(other.byName().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, List<String>> e : byName().entrySet()) {
      h += e.getKey().toLowerCase(Locale.ROOT).hashCode() ^ e.getValue().hashCode();
    }
    return h;
  }

  /** The names and values, credential-like values shown as {@code ***}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Headers{");
    forEach((name, value) -> {
      if (s.length() > "Headers{".length()) {
        s.append(", ");
      }
      s.append(name).append('=').append(isSensitive(name) ? "***" : value);
    });
    return s.append('}').toString();
  }
}
