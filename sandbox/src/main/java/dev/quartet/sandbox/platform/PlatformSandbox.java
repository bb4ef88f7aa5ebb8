package dev.quartet.sandbox.platform;

/**
 * Where a sandbox serves the Rightech IoT Cloud platform API and its real-time channels, and the demo
 * login it accepts. A {@code Sandbox} hands one out; for a sandbox running as its own process, make
 * one from its root and real-time URLs.
 */
public final class PlatformSandbox {
  /** Where the platform emulation is mounted below the sandbox's root URL. */
  public static final String PREFIX = "/platform";
  /** The demo account's login. */
  public static final String LOGIN = "sandbox-user";
  /** The demo account's password (a demo value, not a credential). */
  public static final String PASSWORD = "sandbox-password";
  /** A model the sandbox starts with, so objects can be created at once. */
  public static final String MODEL_ID = "5f0c0ffee0000000000000a1";

  private final String baseUrl;
  private final String realtimeUrl;

  /**
   * The platform emulation of the sandbox at {@code rootUrl}, its real-time channels at {@code realtimeUrl}.
   *
   * @param rootUrl the sandbox's root URL, e.g. {@code http://localhost:8484}
   * @param realtimeUrl the real-time channels' URL, e.g. {@code http://localhost:8485/}
   */
  public PlatformSandbox(String rootUrl, String realtimeUrl) {
    this.baseUrl = rootUrl.replaceAll("/+$", "") + PREFIX;
    this.realtimeUrl = realtimeUrl;
  }

  /** {@return the base URL to give {@code PlatformClient.builder().baseUrl(...)}} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the URL of the real-time channels, for {@code PlatformClient.builder().realtimeUrl(...)}} */
  public String realtimeUrl() {
    return realtimeUrl;
  }

  /** {@return the demo account's login} */
  public String login() {
    return LOGIN;
  }

  /** {@return the demo account's password} */
  public String password() {
    return PASSWORD;
  }

  /** {@return the id of the model the sandbox starts with} */
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public String toString() {
    return "Rightech platform " + baseUrl + ", real-time " + realtimeUrl + " (login " + LOGIN + ", password " + PASSWORD + ")";
  }
}
