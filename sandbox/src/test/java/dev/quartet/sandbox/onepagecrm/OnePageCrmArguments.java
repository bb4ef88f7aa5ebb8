package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the arguments of one generated API method from the spec: path ids and required query values
 * (String arguments, in the order the spec names them, or set on the parameter object's builder), and
 * request bodies as new model instances with every required field set. Ids come from {@code ids}, the
 * records the test made in the sandbox; a name without one gets a placeholder id.
 */
final class OnePageCrmArguments {
  /** Fields the service requires of a record although the spec's request bodies do not say so. */
  private static final List<String> SERVICE_REQUIRED = List.of("contact_id", "text", "name");

  private final JsonNode spec;
  private final Map<String, String> ids;
  private final Clock clock;

  OnePageCrmArguments(JsonNode spec, Map<String, String> ids, Clock clock) {
    this.spec = spec;
    this.ids = ids;
    this.clock = clock;
  }

  /** {@return the arguments for {@code method}, the client's form of {@code operation}} */
  Object[] build(Method method, JsonNode operation, String template) throws Exception {
    List<String> names = stringArguments(operation, template);
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    int strings = 0;
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      if (type == String.class) {
        args[i] = value(names.get(strings++));
      } else if (type.getSimpleName().endsWith("Params")) {
        args[i] = params(type, names);
      } else {
        args[i] = model(type, operation.path("requestBody").path("content").path("application/json").path("schema"));
      }
    }
    return args;
  }

  /** {@return the id or text to send as {@code name}} */
  String value(String name) {
    return ids.getOrDefault(name, name.endsWith("_id") || name.endsWith("ids") ? "5a0000000000000000000999" : "coverage");
  }

  // path parameters in the template's order, then the required query parameters
  private List<String> stringArguments(JsonNode operation, String template) {
    List<String> names = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    for (JsonNode p : operation.path("parameters")) {
      JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
      if (param.path("required").asBoolean(false) && !param.path("in").asText().equals("path")) {
        names.add(param.path("name").asText());
      }
    }
    return names;
  }

  private Object params(Class<?> type, List<String> names) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (String name : names) {
      try {
        builder.getClass().getMethod(camel(name), String.class).invoke(builder, value(name));
      } catch (NoSuchMethodException notThisOne) {
        // the value goes in a String argument instead
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** {@return a new {@code type} with the fields {@code schema} requires set} */
  private Object model(Class<?> type, JsonNode schema) throws Exception {
    JsonNode resolved = schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
    Object body = type.getConstructor().newInstance();
    List<String> required = new ArrayList<>();
    resolved.path("required").forEach(name -> required.add(name.asText()));
    for (String name : SERVICE_REQUIRED) {
      if (!required.contains(name) && resolved.path("properties").has(name)) {
        required.add(name);
      }
    }
    for (String name : required) {
      Method setter = setter(type, camel(name));
      JsonNode property = resolved.path("properties").path(name);
      setter.invoke(body, value(setter.getGenericParameterTypes()[0], name, property));
    }
    return body;
  }

  private Object value(Type type, String name, JsonNode property) throws Exception {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return value(name);
    } else if (raw == Integer.class || raw == int.class) {
      return 1;
    } else if (raw == Long.class || raw == long.class) {
      return 1L;
    } else if (raw == Float.class || raw == float.class) {
      return 1f;
    } else if (raw == Double.class || raw == double.class) {
      return 1d;
    } else if (raw == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (raw == Boolean.class || raw == boolean.class) {
      return Boolean.TRUE;
    } else if (raw == LocalDate.class) {
      return LocalDate.now(clock);
    } else if (raw == Instant.class) {
      return clock.instant();
    } else if (raw == OffsetDateTime.class) {
      return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    } else if (List.class.isAssignableFrom(raw)) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      JsonNode items = property.has("$ref") ? resolve(property.get("$ref").asText()).path("items") : property.path("items");
      return List.of(value(item, singular(name), items));
    } else if (Map.class.isAssignableFrom(raw)) {
      return Map.of();
    }
    try {
      // an open enum: its first known value
      return ((List<?>) raw.getMethod("known").invoke(null)).get(0);
    } catch (NoSuchMethodException notAnEnum) {
      return model(raw, property);
    }
  }

  private JsonNode resolve(String ref) {
    JsonNode node = spec.at(ref.substring(1));
    return node.has("$ref") ? resolve(node.get("$ref").asText()) : node;
  }

  private static Method setter(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("set" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
          && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no setter for " + name);
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
