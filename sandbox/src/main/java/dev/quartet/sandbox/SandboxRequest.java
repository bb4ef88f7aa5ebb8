package dev.quartet.sandbox;

/**
 * One request the sandbox answered, for a test to assert on.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param url the path and query as sent, e.g. {@code /homestretch/places?limit=20}
 * @param status the status the sandbox answered with
 */
public record SandboxRequest(String method, String url, int status) {
  @Override
  public String toString() {
    return method + " " + url + " -> " + status;
  }
}
