package dev.quartet.sandbox.citypoint;

/**
 * Where a sandbox serves Citypoint API v2.1, and the OAuth client and user it accepts. A
 * {@code Sandbox} hands one out; for a sandbox running as its own process, make one from its root URL.
 */
public final class CitypointSandbox {
  /** Where the Citypoint emulation is mounted below the sandbox's root URL. */
  public static final String PREFIX = "/citypoint/v2.1";
  /** The sandbox's OAuth client id. */
  public static final String CLIENT_ID = "sandbox-client";
  /** The sandbox's OAuth client secret (a demo value, not a credential). */
  public static final String CLIENT_SECRET = "sandbox-secret";
  /** The demo account's user name. */
  public static final String USERNAME = "demo";
  /** The demo account's password (a demo value, not a credential). */
  public static final String PASSWORD = "demo";
  /** The demo account's user id. */
  public static final int USER_ID = 478;

  private final String baseUrl;

  /**
   * The Citypoint emulation of the sandbox at {@code rootUrl}.
   *
   * @param rootUrl the sandbox's root URL, e.g. {@code http://localhost:8484}
   */
  public CitypointSandbox(String rootUrl) {
    this.baseUrl = rootUrl.replaceAll("/+$", "") + PREFIX;
  }

  /** {@return the base URL to give {@code CitypointClient.builder().baseUrl(...)}} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the OAuth client id the sandbox accepts} */
  public String clientId() {
    return CLIENT_ID;
  }

  /** {@return the OAuth client secret the sandbox accepts} */
  public String clientSecret() {
    return CLIENT_SECRET;
  }

  /** {@return the demo account's user name} */
  public String username() {
    return USERNAME;
  }

  /** {@return the demo account's password} */
  public String password() {
    return PASSWORD;
  }

  /** {@return the demo account's user id, which the tokens carry} */
  public int userId() {
    return USER_ID;
  }

  @Override
  public String toString() {
    return "Citypoint " + baseUrl + " (client id " + CLIENT_ID + ", client secret " + CLIENT_SECRET
        + ", user " + USERNAME + ", password " + PASSWORD + ")";
  }
}
