package dev.quartet.sandbox.homestretch;

/**
 * Where a sandbox serves HomeStretch, and the credentials it accepts. A {@code Sandbox} hands one out;
 * for a sandbox running as its own process, make one from its root URL.
 */
public final class HomeStretchSandbox {
  /** Where the HomeStretch emulation is mounted below the sandbox's root URL. */
  public static final String PREFIX = "/homestretch";
  /** The client id the sandbox accepts. */
  public static final String CLIENT_ID = "sandbox-client";
  /** The client secret the sandbox accepts (a demo value, not a credential). */
  public static final String CLIENT_SECRET = "sandbox-secret";
  /**
   * The token {@code POST /auth} issues for the sandbox's client (a demo value, not a credential). Like the
   * API's it never expires; a client can also be given it directly instead of the client id and secret.
   */
  public static final String TOKEN = "sandbox-homestretch-token";

  private final String baseUrl;

  /**
   * The HomeStretch emulation of the sandbox at {@code rootUrl}.
   *
   * @param rootUrl the sandbox's root URL, e.g. {@code http://localhost:8484}
   */
  public HomeStretchSandbox(String rootUrl) {
    this.baseUrl = rootUrl.replaceAll("/+$", "") + PREFIX;
  }

  /** {@return the base URL to give {@code HomeStretchClient.builder().baseUrl(...)}} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the client id the sandbox accepts} */
  public String clientId() {
    return CLIENT_ID;
  }

  /** {@return the client secret the sandbox accepts} */
  public String clientSecret() {
    return CLIENT_SECRET;
  }

  /** {@return the token {@code POST /auth} issues, for a client built with a fixed token} */
  public String token() {
    return TOKEN;
  }

  @Override
  public String toString() {
    return "HomeStretch " + baseUrl + " (client id " + CLIENT_ID + ", client secret " + CLIENT_SECRET + ")";
  }
}
