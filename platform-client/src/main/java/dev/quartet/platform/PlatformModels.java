package dev.quartet.platform;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.RequestOptions;
import dev.quartet.platform.api.ModelsApi;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.params.CreateModelNodeParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The node tree of a model: attach, change and remove parameters, events and actions. Node bodies are
 * free-form JSON maps ({@code id}, {@code type}, {@code name}, plus the type's own fields). Every call
 * comes in three forms ({@code addNode}, {@code addNodeWithResponse}, {@code addNodeAsync}), each also
 * with {@link RequestOptions} last; the model id is checked as an ObjectId before anything is sent.
 * Models themselves are a store: {@code platform.store(Store.MODELS)}. The generated operations stay
 * available.
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
    return addNode(modelId, node, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map)} with per-call options}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model addNode(String modelId, Map<String, ?> node, RequestOptions options) {
    return addNodeWithResponse(modelId, node, options).body();
  }

  /**
   * {@return {@link #addNode(String, Map)} with the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   */
  public ApiResponse<Model> addNodeWithResponse(String modelId, Map<String, ?> node) {
    return addNodeWithResponse(modelId, node, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map)} with per-call options, and the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> addNodeWithResponse(String modelId, Map<String, ?> node, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    return createModelNodeWithResponse(modelId, body("node", node), options);
  }

  /**
   * {@return {@link #addNode(String, Map)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   */
  public CompletableFuture<Model> addNodeAsync(String modelId, Map<String, ?> node) {
    return addNodeAsync(modelId, node, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> addNodeAsync(String modelId, Map<String, ?> node, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    return createModelNodeAsync(modelId, body("node", node), options);
  }

  /**
   * Attaches {@code node} where {@code placement} says, e.g.
   * {@code CreateModelNodeParams.builder().attachTo("boiler").atIndex(0).build()}.
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   * @return the changed model
   */
  public Model addNode(String modelId, Map<String, ?> node, CreateModelNodeParams placement) {
    return addNode(modelId, node, placement, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map, CreateModelNodeParams)} with per-call options}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model addNode(String modelId, Map<String, ?> node, CreateModelNodeParams placement, RequestOptions options) {
    return addNodeWithResponse(modelId, node, placement, options).body();
  }

  /**
   * {@return {@link #addNode(String, Map, CreateModelNodeParams)} with the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   */
  public ApiResponse<Model> addNodeWithResponse(String modelId, Map<String, ?> node, CreateModelNodeParams placement) {
    return addNodeWithResponse(modelId, node, placement, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map, CreateModelNodeParams)} with per-call options, and the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> addNodeWithResponse(String modelId, Map<String, ?> node, CreateModelNodeParams placement, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    return createModelNodeWithResponse(modelId, body("node", node), placement(placement), options);
  }

  /**
   * {@return {@link #addNode(String, Map, CreateModelNodeParams)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   */
  public CompletableFuture<Model> addNodeAsync(String modelId, Map<String, ?> node, CreateModelNodeParams placement) {
    return addNodeAsync(modelId, node, placement, RequestOptions.none());
  }

  /**
   * {@return {@link #addNode(String, Map, CreateModelNodeParams)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param node the node's fields ({@code id}, {@code type}, {@code name}, plus the type's own)
   * @param placement where the node goes: {@code attachTo} (the parent node's id; unset: the root) and {@code atIndex} (its position among the parent's children; unset: last)
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> addNodeAsync(String modelId, Map<String, ?> node, CreateModelNodeParams placement, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    return createModelNodeAsync(modelId, body("node", node), placement(placement), options);
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
    return updateNode(modelId, nodeId, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #updateNode(String, String, Map)} with per-call options}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model updateNode(String modelId, String nodeId, Map<String, ?> changes, RequestOptions options) {
    return updateNodeWithResponse(modelId, nodeId, changes, options).body();
  }

  /**
   * {@return {@link #updateNode(String, String, Map)} with the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   */
  public ApiResponse<Model> updateNodeWithResponse(String modelId, String nodeId, Map<String, ?> changes) {
    return updateNodeWithResponse(modelId, nodeId, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #updateNode(String, String, Map)} with per-call options, and the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> updateNodeWithResponse(String modelId, String nodeId, Map<String, ?> changes, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return updateModelNodeWithResponse(modelId, nodeId, body("changes", changes), options);
  }

  /**
   * {@return {@link #updateNode(String, String, Map)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   */
  public CompletableFuture<Model> updateNodeAsync(String modelId, String nodeId, Map<String, ?> changes) {
    return updateNodeAsync(modelId, nodeId, changes, RequestOptions.none());
  }

  /**
   * {@return {@link #updateNode(String, String, Map)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param changes the fields to set
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> updateNodeAsync(String modelId, String nodeId, Map<String, ?> changes, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return updateModelNodeAsync(modelId, nodeId, body("changes", changes), options);
  }

  /**
   * Removes the node {@code nodeId} (and its children) from the model.
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @return the changed model
   */
  public Model deleteNode(String modelId, String nodeId) {
    return deleteNode(modelId, nodeId, RequestOptions.none());
  }

  /**
   * {@return {@link #deleteNode(String, String)} with per-call options}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public Model deleteNode(String modelId, String nodeId, RequestOptions options) {
    return deleteNodeWithResponse(modelId, nodeId, options).body();
  }

  /**
   * {@return {@link #deleteNode(String, String)} with the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   */
  public ApiResponse<Model> deleteNodeWithResponse(String modelId, String nodeId) {
    return deleteNodeWithResponse(modelId, nodeId, RequestOptions.none());
  }

  /**
   * {@return {@link #deleteNode(String, String)} with per-call options, and the status and headers of the answer}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public ApiResponse<Model> deleteNodeWithResponse(String modelId, String nodeId, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return deleteModelNodeWithResponse(modelId, nodeId, options);
  }

  /**
   * {@return {@link #deleteNode(String, String)} without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   */
  public CompletableFuture<Model> deleteNodeAsync(String modelId, String nodeId) {
    return deleteNodeAsync(modelId, nodeId, RequestOptions.none());
  }

  /**
   * {@return {@link #deleteNode(String, String)} with per-call options, without blocking; cancelling the future cancels the HTTP call}
   *
   * @param modelId the model's id
   * @param nodeId the node's id
   * @param options per-call options (timeout, extra headers and query) over the client's
   */
  public CompletableFuture<Model> deleteNodeAsync(String modelId, String nodeId, RequestOptions options) {
    ObjectIds.check("modelId", modelId);
    Checks.notBlank("nodeId", nodeId);
    return deleteModelNodeAsync(modelId, nodeId, options);
  }

  private static Map<String, Object> body(String name, Map<String, ?> fields) {
    Checks.required(name, fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + " must have at least one field");
    }
    return new LinkedHashMap<>(fields);
  }

  private static CreateModelNodeParams placement(CreateModelNodeParams placement) {
    Checks.required("placement", placement);
    if (placement.attachTo() != null) {
      Checks.notBlank("attachTo", placement.attachTo());
    }
    return placement;
  }
}
