package dev.quartet.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * How one operation is called from Java. The rule, the same for every API:
 * <ul>
 *   <li>The request body, when there is one, is always a positional argument.
 *   <li>An operation with no optional parameter and at most two parameters (OpenAPI's path, query,
 *       header and form parameters; the body is not one) takes them positionally.
 *   <li>Otherwise it takes one {@code <Operation>Params} object. Its required parameters stay
 *       positional when they and the body are at most two values; then the object holds the optional
 *       ones. Beyond that every parameter lives in the object, whose builder refuses a missing one.
 *   <li>Every call also takes {@code RequestOptions} last; the forms without the options, without an
 *       all-optional parameter object and without an optional body are overloads.
 * </ul>
 * So no method takes more than four arguments and no argument has to be passed as {@code null}.
 */
final class CallShape {
  private final List<CodegenParameter> positional;
  private final CodegenParameter body;
  private final List<CodegenParameter> fields;
  private final String paramsClass;

  private CallShape(List<CodegenParameter> positional, CodegenParameter body, List<CodegenParameter> fields, String paramsClass) {
    this.positional = positional;
    this.body = body;
    this.fields = fields;
    this.paramsClass = paramsClass;
  }

  static CallShape of(CodegenOperation op) {
    List<CodegenParameter> params = new ArrayList<>();
    CodegenParameter body = null;
    for (CodegenParameter p : op.allParams) {
      if (p.isBodyParam) {
        body = p;
      } else {
        params.add(p);
      }
    }
    List<CodegenParameter> required = params.stream().filter(p -> p.required).toList();
    boolean anyOptional = required.size() < params.size();
    if (!anyOptional && params.size() <= 2) {
      return new CallShape(params, body, List.of(), null);
    }
    String name = Character.toUpperCase(op.nickname.charAt(0)) + op.nickname.substring(1) + "Params";
    if (required.size() + (body == null ? 0 : 1) <= 2) {
      List<CodegenParameter> optional = params.stream().filter(p -> !p.required).toList();
      return new CallShape(required, body, optional, name);
    }
    return new CallShape(List.of(), body, params, name);
  }

  /** Whether the parameter object holds a required value, so it has no {@code none()} and is never left out. */
  private boolean paramsRequired() {
    return fields.stream().anyMatch(p -> p.required);
  }

  boolean hasParamsClass() {
    return paramsClass != null;
  }

  String paramsClass() {
    return paramsClass;
  }

  /** Puts the shape on the operation as vendor extensions the templates read. */
  void describeOn(CodegenOperation op) {
    Map<String, Object> ext = op.vendorExtensions;
    List<CodegenParameter> checked = new ArrayList<>(positional);
    if (body != null) {
      checked.add(body);
    }
    ext.put("x-positional", checked);
    ext.put("x-fields", fields);
    if (paramsClass != null) {
      ext.put("x-params-class", paramsClass);
      ext.put("x-params-required", paramsRequired());
    }
    for (CodegenParameter p : positional) {
      markEverywhere(op, p, "x-wire-value", wireValue(p, p.paramName));
    }
    for (CodegenParameter p : fields) {
      markEverywhere(op, p, "x-wire-value", wireValue(p, "params." + p.paramName + "()"));
      if (p.isPassword || "password".equals(p.dataFormat)) {
        p.vendorExtensions.put("x-secret", true);    // the generator flags format: password on properties only
      }
      if (p.dataType.startsWith("List<")) {
        p.vendorExtensions.put("x-copy-of", "List.copyOf");
      } else if (p.dataType.startsWith("Set<")) {
        p.vendorExtensions.put("x-copy-of", "Set.copyOf");
      }
    }
    if (body != null && body.vendorExtensions.get("x-partial-flag") instanceof String flag) {
      body.vendorExtensions.put("x-partial-value", valueOf(flag));
    }
    List<String> requestDecl = new ArrayList<>();
    List<String> requestArgs = new ArrayList<>();
    for (CodegenParameter p : checked) {
      requestDecl.add(p.dataType + " " + p.paramName);
      requestArgs.add(p.paramName);
    }
    if (paramsClass != null) {
      requestDecl.add(paramsClass + " params");
      requestArgs.add("params");
    }
    ext.put("x-request-decl", String.join(", ", requestDecl));
    ext.put("x-request-args", String.join(", ", requestArgs));
    ext.put("x-overloads", overloads());
  }

  /**
   * Every overload: the full one (all positional values, the parameter object, the options) and the
   * shorter ones that leave out what may be left out. Each knows how to call the full one.
   */
  private List<Map<String, Object>> overloads() {
    boolean bodyOptional = body != null && !body.required;
    boolean paramsOptional = paramsClass != null && !paramsRequired();
    List<Map<String, Object>> result = new ArrayList<>();
    for (boolean withBody : bodyOptional ? List.of(true, false) : List.of(true)) {
      for (boolean withParams : paramsOptional ? List.of(true, false) : List.of(true)) {
        for (boolean withOptions : List.of(true, false)) {
          result.add(overload(withBody, withParams, withOptions));
        }
      }
    }
    return result;
  }

  private Map<String, Object> overload(boolean withBody, boolean withParams, boolean withOptions) {
    List<String> decl = new ArrayList<>();
    List<String> args = new ArrayList<>();
    List<Map<String, String>> docs = new ArrayList<>();
    for (CodegenParameter p : positional) {
      decl.add(p.dataType + " " + p.paramName);
      args.add(p.paramName);
      docs.add(doc(p.paramName, describe(p)));
    }
    if (body != null) {
      if (withBody) {
        decl.add(body.dataType + " " + body.paramName);
        args.add(body.paramName);
        docs.add(doc(body.paramName, describe(body)));
      } else {
        args.add("null");
      }
    }
    if (paramsClass != null) {
      if (withParams) {
        decl.add(paramsClass + " params");
        args.add("params");
        docs.add(doc("params", paramsRequired()
            ? "the operation's parameters" : "the optional parameters; {@link " + paramsClass + "#none()} for none"));
      } else {
        args.add(paramsClass + ".none()");
      }
    }
    if (withOptions) {
      decl.add("RequestOptions options");
      args.add("options");
      docs.add(doc("options", "per-call options (timeout, extra headers and query, retries) over the client's"));
    } else {
      args.add("RequestOptions.none()");
    }
    Map<String, Object> overload = new LinkedHashMap<>();
    overload.put("decl", String.join(", ", decl));
    overload.put("fullArgs", String.join(", ", args));
    overload.put("docs", docs);
    overload.put("isFull", withBody && withParams && withOptions);
    return overload;
  }

  private static String describe(CodegenParameter p) {
    String text = p.description != null && !p.description.isBlank() ? p.description : p.baseName;
    return p.required ? text : text + " (optional)";
  }

  private static Map<String, String> doc(String name, String text) {
    Map<String, String> doc = new LinkedHashMap<>();
    doc.put("name", name);
    doc.put("text", text);
    return doc;
  }

  /** The Java expression reading parameter {@code paramName} inside the request method. */
  private String valueOf(String paramName) {
    for (CodegenParameter p : positional) {
      if (p.paramName.equals(paramName)) {
        return p.paramName;
      }
    }
    for (CodegenParameter p : fields) {
      if (p.paramName.equals(paramName)) {
        return "params." + p.paramName + "()";
      }
    }
    throw new IllegalStateException("x-partial-flag names " + paramName + ", which the operation does not have");
  }

  /** The Java expression that puts the value on the wire the way the API documents it. */
  private static String wireValue(CodegenParameter p, String value) {
    if (Boolean.TRUE.equals(p.vendorExtensions.get("x-epoch-millis"))) {
      return "WireValues.epochMillis(" + value + ")";
    }
    if (Boolean.TRUE.equals(p.vendorExtensions.get("x-epoch-seconds"))) {
      return "WireValues.epochSeconds(" + value + ")";
    }
    if (Boolean.TRUE.equals(p.vendorExtensions.get("x-boolean-as-number"))) {
      return "WireValues.numericFlag(" + value + ")";
    }
    return value;
  }

  /** The generator keeps copies of a parameter in per-location lists; each copy gets the mark. */
  private static void markEverywhere(CodegenOperation op, CodegenParameter p, String key, Object value) {
    for (List<CodegenParameter> list : List.of(op.allParams, op.pathParams, op.queryParams, op.headerParams,
        op.formParams, op.cookieParams, op.requiredParams, op.optionalParams)) {
      for (CodegenParameter copy : list) {
        if (copy == p || (copy.baseName.equals(p.baseName) && sameLocation(copy, p))) {
          copy.vendorExtensions.put(key, value);
        }
      }
    }
  }

  private static boolean sameLocation(CodegenParameter a, CodegenParameter b) {
    return a.isPathParam == b.isPathParam && a.isQueryParam == b.isQueryParam && a.isHeaderParam == b.isHeaderParam
        && a.isFormParam == b.isFormParam && a.isCookieParam == b.isCookieParam;
  }
}
