package dev.quartet.codegen;

import java.io.File;
import java.util.List;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The stock Java generator plus the SDK's call shape: every operation is given a {@link CallShape}
 * (which values are positional, which live in a parameter object, which overloads exist), and the
 * parameter objects are written as classes of their own from {@code params.mustache}.
 */
public class QuartetJavaCodegen extends JavaClientCodegen {
  private ParamsClassWriter paramsWriter;

  @Override
  public String getName() {
    return "quartet-java";
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    String paramsPackage = paramsPackage();
    result.put("paramsPackage", paramsPackage);
    for (CodegenOperation op : result.getOperations().getOperation()) {
      CallShape shape = CallShape.of(op);
      shape.describeOn(op);
      if (shape.hasParamsClass()) {
        writer().write(paramsPackage, shape.paramsClass(), op, result);
      }
    }
    return result;
  }

  /** The parameter classes sit beside {@code api} and {@code model}: {@code <base>.params}. */
  private String paramsPackage() {
    String api = apiPackage();
    int dot = api.lastIndexOf('.');
    return (dot < 0 ? api : api.substring(0, dot)) + ".params";
  }

  private ParamsClassWriter writer() {
    if (paramsWriter == null) {
      File folder = new File(outputFolder() + File.separator + sourceFolder + File.separator
          + paramsPackage().replace('.', File.separatorChar));
      paramsWriter = new ParamsClassWriter(new File(templateDir()), folder);
    }
    return paramsWriter;
  }
}
