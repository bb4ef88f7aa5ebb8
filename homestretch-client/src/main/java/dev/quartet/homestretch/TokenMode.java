package dev.quartet.homestretch;

/** How {@code POST /auth} receives the client credentials; the API accepts all three. */
public enum TokenMode {
  /** {@code {"client_id": ..., "client_secret": ...}} as JSON (the default). */
  JSON,
  /** The same fields as an {@code application/x-www-form-urlencoded} body. */
  FORM,
  /** An HTTP Basic header {@code base64(client_id:client_secret)} and no body. */
  BASIC
}
