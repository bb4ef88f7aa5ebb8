package dev.quartet.sandbox.onepagecrm;

/**
 * Where a sandbox serves OnePageCRM API v3, and the Basic credentials it accepts. A {@code Sandbox}
 * hands one out; for a sandbox running as its own process, make one from its root URL.
 */
public final class OnePageCrmSandbox {
  /** Where the OnePageCRM emulation is mounted below the sandbox's root URL. */
  public static final String PREFIX = "/onepagecrm/api/v3";
  /** Where the emulated storage bucket takes uploads, below the sandbox's root URL. */
  public static final String UPLOAD_PATH = "/onepagecrm/s3-upload/";
  /** The demo account: Basic-auth user name. */
  public static final String USER_ID = "559cd1866f6e656707000001";
  /** The demo account: Basic-auth password (a demo value, not a credential). */
  public static final String API_KEY = "sandbox-api-key";
  /** The secret a webhook configured on the demo account would carry in its deliveries. */
  public static final String WEBHOOK_SECRET = "sandbox-webhook-secret";

  private final String baseUrl;

  /**
   * The OnePageCRM emulation of the sandbox at {@code rootUrl}.
   *
   * @param rootUrl the sandbox's root URL, e.g. {@code http://localhost:8484}
   */
  public OnePageCrmSandbox(String rootUrl) {
    this.baseUrl = rootUrl.replaceAll("/+$", "") + PREFIX;
  }

  /** {@return the base URL to give {@code OnePageCrmClient.builder().baseUrl(...)}} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the demo account's user id, the Basic-auth user name} */
  public String userId() {
    return USER_ID;
  }

  /** {@return the demo account's API key, the Basic-auth password} */
  public String apiKey() {
    return API_KEY;
  }

  /** {@return the secret a webhook on the demo account would carry} */
  public String webhookSecret() {
    return WEBHOOK_SECRET;
  }

  @Override
  public String toString() {
    return "OnePageCRM " + baseUrl + " (user id " + USER_ID + ", API key " + API_KEY + ")";
  }
}
