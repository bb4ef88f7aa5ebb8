package dev.quartet.sandbox.homestretch;

import static dev.quartet.sandbox.homestretch.HomeStretchAnswers.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * HomeStretch's company structure: the tree as stored, and its change ({@code accountIds} and
 * {@code branches}, nothing required; account ids of 1 to 48 characters, at every level), answered with
 * the whole structure after the change.
 */
final class HomeStretchCompany {
  private static final int MAX_ACCOUNT_ID = 48;

  private HomeStretchCompany() {}

  static ResponseDefinition get(HomeStretchState state) {
    synchronized (state.company) {
      return HomeStretchAnswers.ok(state.company.deepCopy());
    }
  }

  static ResponseDefinition change(HomeStretchState state, Request request) {
    ObjectNode change = HomeStretchAnswers.object(request.getBodyAsString());
    if (change == null) {
      return error(400, "the body must be a JSON object");
    }
    String invalid = invalidLevel(change, "");
    if (invalid != null) {
      return error(400, invalid);
    }
    synchronized (state.company) {
      for (String field : new String[] {"accountIds", "branches"}) {
        if (change.has(field)) {
          state.company.set(field, change.get(field));
        }
      }
      return HomeStretchAnswers.ok(state.company.deepCopy());
    }
  }

  /** {@return what breaks the rules in one level of the tree (its account ids, then its branches), or null} */
  private static String invalidLevel(JsonNode level, String at) {
    JsonNode accounts = level.get("accountIds");
    if (accounts != null) {
      if (!accounts.isArray()) {
        return at + "accountIds must be an array";
      }
      for (JsonNode id : accounts) {
        if (!id.isTextual() || id.asText().isEmpty() || id.asText().length() > MAX_ACCOUNT_ID) {
          return at + "accountIds items must be strings of 1 to " + MAX_ACCOUNT_ID + " characters";
        }
      }
    }
    JsonNode branches = level.get("branches");
    if (branches != null) {
      if (!branches.isArray()) {
        return at + "branches must be an array";
      }
      for (int i = 0; i < branches.size(); i++) {
        if (!branches.get(i).isObject()) {
          return at + "branches[" + i + "] must be an object";
        }
        String inner = invalidLevel(branches.get(i), at + "branches[" + i + "].");
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
