package dev.quartet.sandbox.platform;

import static dev.quartet.sandbox.platform.PlatformAnswers.error;
import static dev.quartet.sandbox.platform.PlatformAnswers.json;
import static dev.quartet.sandbox.platform.PlatformAnswers.param;
import static dev.quartet.sandbox.platform.PlatformAnswers.readTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.quartet.sandbox.SandboxHttp;

/**
 * The node tree of a model ({@code data}, each node's {@code children}): {@code POST /models/{id}/nodes}
 * attaches a node under the root or under {@code attachTo}, at {@code atIndex}; PATCH and DELETE on
 * {@code /models/{id}/nodes/{node}} change or remove the node with that {@code id}. Each answers the
 * changed model.
 */
final class PlatformModelNodes {
  private final PlatformState state;

  PlatformModelNodes(PlatformState state) {
    this.state = state;
  }

  /** {@return the answer for {@code /models/{modelId}/nodes} ({@code nodeId} null) or one node} */
  ResponseDefinition answer(String modelId, String nodeId, String method, Request request) {
    boolean create = nodeId == null && method.equals("POST");
    boolean change = nodeId != null && (method.equals("PATCH") || method.equals("DELETE"));
    if (!create && !change) {
      return SandboxHttp.notEmulated(error(404, "Not Found", "error_not_found"));
    }
    ObjectNode model = state.store("models").get(modelId);
    if (model == null) {
      return error(404, "Not Found", "error_not_found");
    }
    ObjectNode root = model.has("data") && model.get("data").isObject() ? (ObjectNode) model.get("data")
        : model.putObject("data").put("id", "root").put("type", "subsystem");
    if (create) {
      return attach(model, root, request);
    }
    if (nodeId.equals(root.path("id").asText())) {
      return error(400, "The root node cannot be " + (method.equals("PATCH") ? "changed here" : "removed"), "error_validation");
    }
    ArrayNode siblings = parentOf(root, nodeId);
    if (siblings == null) {
      return error(404, "Node not found", "error_not_found");
    }
    int index = indexOf(siblings, nodeId);
    if (method.equals("DELETE")) {
      siblings.remove(index);
      return json(200, model);
    }
    JsonNode changes = readTree(request.getBodyAsString());
    if (!changes.isObject()) {
      return error(400, "A node is a JSON object", "error_bad_request");
    }
    ((ObjectNode) siblings.get(index)).setAll((ObjectNode) changes);
    return json(200, model);
  }

  private ResponseDefinition attach(ObjectNode model, ObjectNode root, Request request) {
    JsonNode node = readTree(request.getBodyAsString());
    if (!node.isObject() || !node.hasNonNull("id")) {
      return error(400, "A node is a JSON object with an id", "error_validation");
    }
    String id = node.path("id").asText();
    if (id.equals(root.path("id").asText()) || parentOf(root, id) != null) {
      return error(400, "The model already has a node " + id, "error_validation");
    }
    String attachTo = param(request, "attachTo");
    ObjectNode parent = root;
    if (attachTo != null && !attachTo.equals(root.path("id").asText())) {
      ArrayNode siblings = parentOf(root, attachTo);
      if (siblings == null) {
        return error(404, "Node " + attachTo + " not found", "error_not_found");
      }
      parent = (ObjectNode) siblings.get(indexOf(siblings, attachTo));
    }
    ArrayNode children = parent.has("children") && parent.get("children").isArray() ? (ArrayNode) parent.get("children")
        : parent.putArray("children");
    String at = param(request, "atIndex");
    int index = at == null ? children.size() : Math.min(children.size(), Integer.parseInt(at));
    if (index < 0) {
      throw new IllegalArgumentException("atIndex must be at least 0, was " + at);
    }
    children.insert(index, node);
    return json(200, model);
  }

  /** The children array holding the node {@code id} somewhere below {@code node}, or null. */
  private static ArrayNode parentOf(JsonNode node, String id) {
    JsonNode children = node.path("children");
    if (!children.isArray()) {
      return null;
    }
    for (JsonNode child : children) {
      if (id.equals(child.path("id").asText())) {
        return (ArrayNode) children;
      }
      ArrayNode deeper = parentOf(child, id);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  private static int indexOf(ArrayNode siblings, String id) {
    for (int i = 0; i < siblings.size(); i++) {
      if (id.equals(siblings.get(i).path("id").asText())) {
        return i;
      }
    }
    return -1;
  }
}
