package dev.quartet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.Json;
import dev.quartet.core.json.AdditionalProperties;
import dev.quartet.core.json.JsonDecoder;
import dev.quartet.platform.PlatformJson;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated model of the four APIs decodes from a body where one declared property at a time
 * holds a value of the wrong JSON type: the property reads as absent, its raw value is kept, and
 * nothing throws. Strict decoding still fails on the same body.
 */
class MisfitFieldsTest {
  private static final Map<String, ObjectMapper> MODEL_PACKAGES = Map.of(
      "dev.quartet.homestretch.model", Json.mapper(),
      "dev.quartet.platform.model", PlatformJson.mapper(),
      "dev.quartet.citypoint.model", Json.mapper(),
      "dev.quartet.onepagecrm.model", Json.mapper());

  private static int decoded;

  @TestFactory
  Stream<DynamicTest> everyModelSurvivesEveryMisfitField() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, ObjectMapper> pkg : MODEL_PACKAGES.entrySet()) {
      List<Class<?>> models = models(pkg.getKey());
      assertThat(models).as("models in " + pkg.getKey()).isNotEmpty();
      for (Class<?> model : models) {
        tests.add(DynamicTest.dynamicTest(model.getName(), () -> decodeWithEachFieldMisfit(model, pkg.getValue())));
      }
    }
    return tests.stream();
  }

  @Test
  void strictDecodingStillFails() {
    JsonDecoder strict = JsonDecoder.strict(Json.mapper());
    JavaType place = Json.mapper().constructType(dev.quartet.homestretch.model.Place.class);
    assertThatThrownBy(() -> strict.decode("{\"title\":{\"ru\":\"Склад\"}}".getBytes(), place))
        .isInstanceOf(JsonDecoder.DecodingException.class)
        .hasMessage("at $.title: expected String (line 1, column 10)");
  }

  @Test
  void aMisfitKeepsItsRawValueAndTheRestOfTheAnswer() throws Exception {
    JsonDecoder lenient = JsonDecoder.lenient(Json.mapper());
    JavaType place = Json.mapper().constructType(dev.quartet.homestretch.model.Place.class);
    dev.quartet.homestretch.model.Place p;
    String log;
    try (dev.quartet.core.testing.LogCapture logs = new dev.quartet.core.testing.LogCapture()) {
      p = lenient.decode(
          "{\"id\":\"p-1\",\"title\":{\"ru\":\"Склад\"},\"createdAt\":\"Today's date\",\"comment\":\"gate C\"}".getBytes(), place);
      log = logs.all();
    }
    assertThat(log).contains("Place.title: expected String, got OBJECT; read as absent")
        .contains("Place.createdAt: expected Instant, got STRING").doesNotContain("Склад").doesNotContain("Today's date");
    assertThat(p.getId()).isEqualTo("p-1");
    assertThat(p.getComment()).isEqualTo("gate C");
    assertThat(p.getTitle()).isNull();
    assertThat(p.getCreatedAt()).isNull();
    assertThat(p.getAdditionalProperty("title")).isEqualTo(Map.of("ru", "Склад"));
    assertThat(p.getAdditionalProperty("createdAt")).isEqualTo("Today's date");
  }

  @AfterAll
  static void report() {
    System.out.println("[misfit fields] " + decoded + " bodies with one misfit property decoded");
  }

  private static void decodeWithEachFieldMisfit(Class<?> model, ObjectMapper mapper) throws Exception {
    JsonDecoder lenient = JsonDecoder.lenient(mapper);
    JavaType type = mapper.constructType(model);
    for (Field field : declaredProperties(model)) {
      String name = field.getAnnotation(JsonProperty.class).value();
      for (String misfit : misfitsFor(field.getType())) {
        String body = "{" + mapper.valueToTree(name) + ":" + misfit + "}";
        Object value = decodeQuietly(lenient, body, type, model, name);
        assertThat(value).as(model.getSimpleName() + " from " + body).isNotNull();
        assertThat(read(field, value)).as(model.getSimpleName() + "." + name + " after " + misfit).isNull();
        assertThat(((Map<?, ?>) additional(value)).containsKey(name))
            .as(model.getSimpleName() + "." + name + " raw value kept").isTrue();
        decoded++;
      }
    }
  }

  /** Values of a JSON type the field cannot hold. */
  private static List<String> misfitsFor(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      return List.of("\"prose instead of a structure\"", "true");
    }
    if (type == String.class) {
      return List.of("{\"unexpected\":[1,2]}", "[\"a\",\"b\"]");
    }
    if (type.getName().startsWith("java.time.")) {
      return List.of("\"Today's date\"", "{\"unexpected\":true}"); // [2024,5,1] is a date to Jackson
    }
    if (Number.class.isAssignableFrom(type) || type == Boolean.class) {
      return List.of("\"Current timestamp\"", "{\"unexpected\":true}", "[1]");
    }
    if (isOpenEnum(type)) {
      return List.of("{\"unexpected\":1}"); // any string or number is a value of an open enum
    }
    if (type == Object.class) {
      return List.of(); // anything fits
    }
    return List.of("[{\"unexpected\":1}]", "\"prose instead of an object\"", "42"); // nested models, open enums
  }

  private static boolean isOpenEnum(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class) && Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  private static Object decodeQuietly(JsonDecoder decoder, String body, JavaType type, Class<?> model, String name) {
    try {
      return decoder.decode(body.getBytes(), type);
    } catch (JsonDecoder.DecodingException e) {
      throw new AssertionError(model.getSimpleName() + "." + name + " failed the whole answer: " + e.getMessage());
    }
  }

  private static List<Field> declaredProperties(Class<?> model) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(JsonProperty.class) && !Modifier.isStatic(f.getModifiers())) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  private static Object read(Field field, Object value) {
    try {
      field.setAccessible(true);
      return field.get(value);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Object additional(Object value) throws Exception {
    Method getter = value.getClass().getMethod("getAdditionalProperties");
    return getter.invoke(value);
  }

  /** Concrete generated models (classes keeping unknown fields) of {@code pkg}, read from the classpath. */
  private static List<Class<?>> models(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> models = new ArrayList<>();
    for (Class<?> c : ClasspathClasses.in(pkg, false)) {
      if (c.getEnclosingClass() == null && AdditionalProperties.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        models.add(c);
      }
    }
    return models;
  }
}
