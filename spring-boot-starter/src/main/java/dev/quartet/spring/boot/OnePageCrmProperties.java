package dev.quartet.spring.boot;

import dev.quartet.onepagecrm.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quartet.onepagecrm.*}: the settings of {@code OnePageCrmClient.fromEnv()} as properties. The
 * user id and the API key are required.
 */
@ConfigurationProperties(OnePageCrmProperties.PREFIX)
public class OnePageCrmProperties extends ClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "quartet.onepagecrm";

  /** The user id shown in the app under Apps / API (the Basic-auth user name). */
  private String userId;
  /** The API key (the Basic-auth password). */
  private String apiKey;
  /** An explicit API base URL (a proxy or a test server); wins over the region. */
  private String baseUrl;
  /** The account's region, which picks the API host unless a base URL is set. */
  private Region region = Region.DEFAULT;

  /** @return the user id */
  public String getUserId() {
    return userId;
  }

  /**
   * Sets the user id.
   *
   * @param userId the user id
   */
  public void setUserId(String userId) {
    this.userId = userId;
  }

  /** @return the API key */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the API key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the explicit base URL, or null for the region's */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets an explicit base URL.
   *
   * @param baseUrl the explicit base URL
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the account's region */
  public Region getRegion() {
    return region;
  }

  /**
   * Sets the account's region.
   *
   * @param region the account's region
   */
  public void setRegion(Region region) {
    this.region = region;
  }

  /** The API key shows only as set or not set. */
  @Override
  public String toString() {
    return "OnePageCrmProperties{userId=" + userId + ", apiKey=" + secret(apiKey) + ", baseUrl=" + baseUrl + ", region="
        + region + ", timeout=" + getTimeout() + "}";
  }
}
