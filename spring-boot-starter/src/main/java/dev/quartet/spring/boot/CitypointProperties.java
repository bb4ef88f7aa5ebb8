package dev.quartet.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quartet.citypoint.*}: the settings of {@code CitypointClient.fromEnv()} as properties. Client
 * id and secret, username and password are required (the password grant needs all four).
 */
@ConfigurationProperties(CitypointProperties.PREFIX)
public class CitypointProperties extends ClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "quartet.citypoint";

  /** The API base URL; the production API unless set. */
  private String baseUrl = "https://api.citypoint.ru/v2.1";
  /** The client id the vendor issued. */
  private String clientId;
  /** The client secret the vendor issued. */
  private String clientSecret;
  /** The user's login. */
  private String username;
  /** The user's password. */
  private String password;
  /** The user_id used in paths; read from the access token unless set. */
  private String userId;

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

  /** @return the user's login */
  public String getUsername() {
    return username;
  }

  /**
   * Sets the user's login.
   *
   * @param username the user's login
   */
  public void setUsername(String username) {
    this.username = username;
  }

  /** @return the user's password */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the user's password.
   *
   * @param password the user's password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /** @return the user_id override, or null to read it from the token */
  public String getUserId() {
    return userId;
  }

  /**
   * Sets the user_id used in paths.
   *
   * @param userId the user_id used in paths
   */
  public void setUserId(String userId) {
    this.userId = userId;
  }

  /** Secrets show only as set or not set. */
  @Override
  public String toString() {
    return "CitypointProperties{baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=" + secret(clientSecret)
        + ", username=" + username + ", password=" + secret(password) + ", userId=" + userId + ", timeout=" + getTimeout() + "}";
  }
}
