package dev.quartet.platform;

import dev.quartet.core.Checks;
import dev.quartet.core.ApiInvoker;
import dev.quartet.platform.api.ModelsApi;
import dev.quartet.platform.model.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The node tree of a model: attach, change and remove parameters, events and actions. Node bodies are
 * free-form JSON maps ({@code id}, {@code type}, {@code name}, plus the type's own fields). Models
 * themselves are a store: {@code platform.store(Store.MODELS)}. The generated operations stay available.
 */
public final class PlatformModels extends ModelsApi {
  PlatformModels(ApiInvoker invoker) {
    super(invoker);
  }

  /**
   * Attaches {@code node} under the model's root, as its last child.
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @return the changed model
   */
  public Model addNode(String modelId, Map<String, ?> node) {
    return addNode(modelId, node, null, null);
  }

  /**
   * Attaches {@code node} under the node {@code attachTo} (null: the root) at {@code atIndex} among
   * its children.
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param attachTo the parent node's id; null: the root
   * @param atIndex the position among the parent's children (0 or more); null: last
   * @return the changed model
   */
  public Model addNode(String modelId, Map<String, ?> node, String attachTo, Integer atIndex) {
    ObjectIds.check("modelId", modelId);
    if (attachTo != null) {
      Checks.notBlank("attachTo", attachTo);
    }
    return createModelNode(modelId, body("node", node), attachTo, atIndex);
  }

  /**
   * Changes the fields present in {@code changes} on the node {@code nodeId}; other fields stay.
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   * @return the changed model
   */
  public Model updateNode(String modelId, String nodeId, Map<String, ?> changes) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return updateModelNode(modelId, nodeId, body("changes", changes));
  }

  /**
   * Removes the node {@code nodeId} (and its children) from the model.
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @return the changed model
   */
  public Model deleteNode(String modelId, String nodeId) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return deleteModelNode(modelId, nodeId);
  }

  private static Map<String, Object> body(String name, Map<String, ?> fields) {
    Checks.required(name, fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + " must have at least one field");
    }
    return new LinkedHashMap<>(fields);
  }
}
