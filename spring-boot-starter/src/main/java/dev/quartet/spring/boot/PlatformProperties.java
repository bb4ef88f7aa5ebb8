package dev.quartet.spring.boot;

import dev.quartet.platform.AuthMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code quartet.platform.*}: the settings of {@code PlatformClient.fromEnv()} as properties. Either a
 * token or a login with its password is required.
 */
@ConfigurationProperties(PlatformProperties.PREFIX)
public class PlatformProperties extends ClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "quartet.platform";

  /** The API base URL; the vendor's public cloud unless set (on-premise installations have their own). */
  private String baseUrl = "https://dev.rightech.io";
  /** Where the real-time channels live, when not on the API host. */
  private String realtimeUrl;
  /** How a login authenticates later calls: a token (the default) or a cookie session. */
  private AuthMode auth = AuthMode.TOKEN;
  /** A ready API token made in the product UI, instead of a login. */
  private String token;
  /** The API user's login. */
  private String login;
  /** The API user's password. */
  private String password;

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

  /** @return the real-time base URL, or null for the API host */
  public String getRealtimeUrl() {
    return realtimeUrl;
  }

  /**
   * Sets the real-time base URL.
   *
   * @param realtimeUrl the real-time base URL
   */
  public void setRealtimeUrl(String realtimeUrl) {
    this.realtimeUrl = realtimeUrl;
  }

  /** @return how a login authenticates */
  public AuthMode getAuth() {
    return auth;
  }

  /**
   * Sets how a login authenticates.
   *
   * @param auth how a login authenticates
   */
  public void setAuth(AuthMode auth) {
    this.auth = auth;
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

  /** @return the login */
  public String getLogin() {
    return login;
  }

  /**
   * Sets the login.
   *
   * @param login the login
   */
  public void setLogin(String login) {
    this.login = login;
  }

  /** @return the password */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the password.
   *
   * @param password the password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /** Secrets show only as set or not set. */
  @Override
  public String toString() {
    return "PlatformProperties{baseUrl=" + baseUrl + ", realtimeUrl=" + realtimeUrl + ", auth=" + auth + ", token="
        + secret(token) + ", login=" + login + ", password=" + secret(password) + ", timeout=" + getTimeout() + "}";
  }
}
