package dev.quartet.sandbox.platform;

/**
 * Where a sandbox serves the Rightech IoT Cloud platform API and its real-time channels, and the demo
 * login and API token it accepts. A login (token or cookie session) lasts
 * {@code Sandbox.builder().platformSessionLifetime(...)}, a day by default; after it the platform
 * answers 401 and a client logs in again. A {@code Sandbox} hands one out; for a sandbox running as its own process, make
 * one from its root and real-time URLs.
 */
public final class PlatformSandbox {
  /** Where the platform emulation is mounted below the sandbox's root URL. */
  public static final String PREFIX = "/platform";
  /** The demo account's login. */
  public static final String LOGIN = "sandbox-user";
  /** The demo account's password (a demo value, not a credential). */
  public static final String PASSWORD = "sandbox-password";
  /**
   * An API token as made in the product UI (a demo value, not a credential): sent as
   * {@code Authorization: Bearer}, it never expires, unlike the tokens and sessions a login gives.
   */
  public static final String API_TOKEN = "sandbox-api-token";
  /** A model the sandbox starts with, so objects can be created at once. */
  public static final String MODEL_ID = "5f0c0ffee0000000000000a1";

  /** A table the sandbox starts with; its rows ({@code tables/<id>/rows}) outnumber the platform's list cap. */
  public static final String READINGS_TABLE_ID = "5f0c0ffee0000000000000c1";
  /** How many rows the readings table starts with: more than the 10,000 one list answer holds. */
  public static final int READINGS_ROWS = 10_500;
  /** The most entities one list answer holds, whatever {@code limit} asks for. */
  public static final int LIST_CAP = 10_000;

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

  /** {@return the API token that never expires, for {@code PlatformClient.builder().token(...)}} */
  public String apiToken() {
    return API_TOKEN;
  }

  /** {@return the store of the readings table's rows, {@code tables/<id>/rows}} */
  public String readingsStore() {
    return "tables/" + READINGS_TABLE_ID + "/rows";
  }

  /** {@return the id of the model the sandbox starts with} */
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public String toString() {
    return "Rightech platform " + baseUrl + ", real-time " + realtimeUrl + " (login " + LOGIN + ", password " + PASSWORD + ", API token " + API_TOKEN + ")";
  }
}
