package dev.quartet.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.model.OperationsMap;

/**
 * Writes one parameter class per operation from {@code params.mustache} in the project's template
 * folder. The stock generator writes one file per tag or model only, so this one is rendered here,
 * with the same Mustache engine and the template folder's partials.
 */
final class ParamsClassWriter {
  private final File templates;
  private final File folder;
  private final Template template;

  ParamsClassWriter(File templates, File folder) {
    this.templates = templates;
    this.folder = folder;
    Mustache.Compiler compiler = Mustache.compiler().defaultValue("").withLoader(this::partial);
    try (Reader reader = partial("params")) {
      this.template = compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read params.mustache in " + templates, e);
    }
  }

  void write(String paramsPackage, String className, CodegenOperation op, OperationsMap operations) {
    Map<String, Object> context = new HashMap<>();
    context.put("package", paramsPackage);
    context.put("imports", operations.get("imports"));
    context.put("className", className);
    context.put("operation", op);
    context.put("fields", op.vendorExtensions.get("x-fields"));
    context.put("required", op.vendorExtensions.get("x-params-required"));
    File target = new File(folder, className + ".java");
    try {
      Files.createDirectories(folder.toPath());
      Files.writeString(target.toPath(), template.execute(context), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private Reader partial(String name) throws IOException {
    File file = new File(templates, name + ".mustache");
    if (!file.isFile()) {
      throw new IOException("template " + file + " is missing");
    }
    return Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8);
  }
}
