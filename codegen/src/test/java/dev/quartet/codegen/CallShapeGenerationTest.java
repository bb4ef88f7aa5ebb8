package dev.quartet.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.errors.ErrorDetails;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Generates {@code shapes.yaml} with the project's templates exactly as the client modules do,
 * compiles the result against the core and calls it: the call shape rule, the parameter objects'
 * checks, copies, equality and masking are observed on real generated classes.
 */
class CallShapeGenerationTest {
  @TempDir
  static Path out;
  static ClassLoader generated;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    CodegenConfigurator config = new CodegenConfigurator()
        .addGlobalProperty("quiet", "true")
        .setGeneratorName("quartet-java")
        .setLibrary("native")
        .setInputSpec(Path.of("src/test/resources/shapes.yaml").toAbsolutePath().toString())
        .setOutputDir(out.toString())
        .setTemplateDir(Path.of("../templates/java").toAbsolutePath().toString())
        .setApiPackage("t.api")
        .setModelPackage("t.model")
        .setInvokerPackage("t.api")
        .addTypeMapping("DateTime", "Instant")
        .addImportMapping("Instant", "java.time.Instant")
        .addAdditionalProperty("sourceFolder", "java")
        .addAdditionalProperty("serializationLibrary", "jackson")
        .addAdditionalProperty("dateLibrary", "java8")
        .addAdditionalProperty("openApiNullable", "false")
        .addAdditionalProperty("annotationLibrary", "none")
        .addAdditionalProperty("hideGenerationTimestamp", "true");
    ClientOptInput input = config.toClientOptInput();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault(CodegenConstants.APIS, "true");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODELS, "true");
    generator.setGeneratorPropertyDefault(CodegenConstants.SUPPORTING_FILES, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
    generator.opts(input).generate();

    List<String> sources;
    try (Stream<Path> files = Files.walk(out.resolve("java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    Path classes = Files.createDirectories(out.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
    generated = new URLClassLoader(new URL[] {classes.toUri().toURL()}, CallShapeGenerationTest.class.getClassLoader());
  }

  @Test
  void twoPositionalValuesAndNothingOptionalStayPositional() throws Exception {
    Class<?> api = load("t.api.DefaultApi");
    assertThat(signatures(api, "getThing")).containsExactlyInAnyOrder(
        "getThing(String)", "getThing(String, RequestOptions)");
    assertThat(new File(out.toFile(), "java/t/params/GetThingParams.java")).doesNotExist();
  }

  @Test
  void requiredValuesStayPositionalWhenTheyAndTheBodyAreTwo() throws Exception {
    Class<?> api = load("t.api.DefaultApi");
    assertThat(signatures(api, "updateThing")).containsExactlyInAnyOrder(
        "updateThing(String, Thing)", "updateThing(String, Thing, RequestOptions)",
        "updateThing(String, Thing, UpdateThingParams)", "updateThing(String, Thing, UpdateThingParams, RequestOptions)");
    assertThat(fieldNames(load("t.params.UpdateThingParams"))).containsExactly("partial");
  }

  @Test
  void beyondTwoRequiredValuesEverythingButTheBodyIsInTheBuilderWhichRefusesAMissingOne() throws Exception {
    Class<?> api = load("t.api.DefaultApi");
    assertThat(signatures(api, "moveThing")).containsExactlyInAnyOrder(
        "moveThing(Thing, MoveThingParams)", "moveThing(Thing, MoveThingParams, RequestOptions)",
        "moveThing(MoveThingParams)", "moveThing(MoveThingParams, RequestOptions)");   // the body is optional
    Class<?> params = load("t.params.MoveThingParams");
    assertThat(Arrays.stream(params.getMethods()).map(Method::getName)).doesNotContain("none");
    Object builder = call(params, null, "builder");
    call(builder.getClass(), builder, "owner", "o-1");
    call(builder.getClass(), builder, "id", "t-1");
    assertThatThrownBy(() -> call(builder.getClass(), builder, "build"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("kind must not be blank");
  }

  @Test
  void theParameterObjectChecksConstraintsWhenBuilt() throws Exception {
    Class<?> params = load("t.params.ListThingsParams");
    assertThatThrownBy(() -> build(params, Map.of("perPage", 101)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("per_page must be between 1 and 100, was 101");
    assertThatThrownBy(() -> build(params, Map.of("search", "far too long text")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("search");
    List<String> withNull = new ArrayList<>(List.of("a"));
    withNull.add(null);
    assertThatThrownBy(() -> build(params, Map.of("tags", withNull)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tags must not contain null");
  }

  @Test
  void theParameterObjectIsAValueWithACopyingBuilderAndAMaskedToString() throws Exception {
    Class<?> params = load("t.params.ListThingsParams");
    List<String> tags = new ArrayList<>(List.of("red"));
    Object one = build(params, Map.of("search", "ada", "perPage", 50, "tags", tags, "apiSecret", "s3cr3t-value"));
    Object same = build(params, Map.of("search", "ada", "perPage", 50, "tags", List.of("red"), "apiSecret", "s3cr3t-value"));
    tags.add("blue");                                   // the object took a copy
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(call(params, one, "tags")).isEqualTo(List.of("red"));
    assertThat(one.toString()).isEqualTo("ListThingsParams{search=ada, perPage=50, tags=[red], apiSecret=****}")
        .doesNotContain("s3cr3t");
    Object builder = call(params, one, "toBuilder");
    call(builder.getClass(), builder, "perPage", 60);
    Object changed = call(builder.getClass(), builder, "build");
    assertThat(changed).isNotEqualTo(one);
    assertThat(call(params, changed, "search")).isEqualTo("ada");
    assertThat(call(params, one, "perPage")).isEqualTo(50);
    assertThat(call(params, null, "none").toString()).isEqualTo("ListThingsParams{}");
  }

  @Test
  void valuesGoOnTheWireAsTheSpecMarksThem() throws Exception {
    Class<?> params = load("t.params.ListThingsParams");
    Object value = build(params, Map.of("since", Instant.parse("2024-05-01T00:00:00Z"), "flag", true, "perPage", 5,
        "until", Instant.parse("2024-05-02T00:00:00Z")));
    Class<?> api = load("t.api.DefaultApi");
    Method request = api.getMethod("listThingsRequest", params);
    ApiInvoker invoker = ApiInvoker.create(new OkHttpClient(), HttpUrl.get("https://example.test/"), new ObjectMapper(),
        (status, headers, body) -> ErrorDetails.none());
    ApiRequest built = (ApiRequest) request.invoke(api.getConstructor(ApiInvoker.class).newInstance(invoker), value);
    assertThat(built.query()).containsExactly(Map.entry("per_page", "5"), Map.entry("since", "1714521600000"), Map.entry("flag", "1"),
        Map.entry("until", "1714608000"));
  }

  @Test
  void noGeneratedPublicMethodTakesMoreThanFourArguments() throws Exception {
    for (String name : List.of("t.api.DefaultApi", "t.params.ListThingsParams", "t.params.MoveThingParams", "t.params.UpdateThingParams")) {
      for (Method m : load(name).getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())) {
          assertThat(m.getParameterCount()).as(m.toString()).isLessThanOrEqualTo(4);
        }
      }
    }
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, true, generated);
  }

  private static List<String> signatures(Class<?> api, String name) {
    return Arrays.stream(api.getDeclaredMethods()).filter(m -> m.getName().equals(name))
        .map(m -> name + "(" + String.join(", ", Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList()) + ")")
        .toList();
  }

  private static List<String> fieldNames(Class<?> params) {
    return Arrays.stream(params.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(java.lang.reflect.Field::getName).toList();
  }

  private static Object build(Class<?> params, Map<String, Object> values) throws Exception {
    Object builder = call(params, null, "builder");
    for (String field : List.of("search", "perPage", "tags", "apiSecret", "since", "flag", "until")) {
      if (values.containsKey(field)) {
        call(builder.getClass(), builder, field, values.get(field));
      }
    }
    return call(builder.getClass(), builder, "build");
  }

  /** Calls the public method {@code name} with one argument or none, unwrapping what it throws. */
  private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }
}
