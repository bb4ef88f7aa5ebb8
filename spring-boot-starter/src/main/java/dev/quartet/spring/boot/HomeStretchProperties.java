package dev.quartet.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quartet.homestretch.*}: the settings of {@code HomeStretchClient.fromEnv()} as properties.
 * The base URL is required, and either a token or a client id with its secret.
 */
@ConfigurationProperties(HomeStretchProperties.PREFIX)
public class HomeStretchProperties extends ClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "quartet.homestretch";

  /** The API base URL the vendor handed out with the credentials (there is no public default). */
  private String baseUrl;
  /** Client id for the client-credentials token request. */
  private String clientId;
  /** Client secret for the client-credentials token request. */
  private String clientSecret;
  /** A token obtained earlier, instead of client id and secret. */
  private String token;

  /** @return the API base URL */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the API base URL.
   *
   * @param baseUrl the API base URL
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the client id */
  public String getClientId() {
    return clientId;
  }

  /**
   * Sets the client id.
   *
   * @param clientId the client id
   */
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** @return the client secret */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * Sets the client secret.
   *
   * @param clientSecret the client secret
   */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /** @return the ready token */
  public String getToken() {
    return token;
  }

  /**
   * Sets a ready token.
   *
   * @param token the ready token
   */
  public void setToken(String token) {
    this.token = token;
  }

  /** Secrets show only as set or not set. */
  @Override
  public String toString() {
    return "HomeStretchProperties{baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=" + secret(clientSecret)
        + ", token=" + secret(token) + ", timeout=" + getTimeout() + "}";
  }
}
