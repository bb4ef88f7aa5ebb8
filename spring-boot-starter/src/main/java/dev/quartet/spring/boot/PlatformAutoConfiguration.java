package dev.quartet.spring.boot;

import dev.quartet.platform.AuthMode;
import dev.quartet.platform.PlatformClient;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link PlatformClient} bean from {@code quartet.platform.*}, unless the application defines one. */
@AutoConfiguration
@ConditionalOnClass(PlatformClient.class)
@ConditionalOnApiProperties(PlatformProperties.PREFIX)
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {
  private static final String P = PlatformProperties.PREFIX + ".";

  /** Creates the auto-configuration (Spring does). */
  public PlatformAutoConfiguration() {}

  /**
   * The client, closed with the context.
   *
   * @param properties the bound properties
   * @param httpClient the application's {@code OkHttpClient}, used when there is exactly one (or a primary one)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public PlatformClient platformClient(PlatformProperties properties, ObjectProvider<OkHttpClient> httpClient) {
    PlatformClient.Builder b = PlatformClient.builder()
        .baseUrl(Settings.required(P + "base-url", properties.getBaseUrl(), "the default is " + PlatformClient.DEFAULT_BASE_URL));
    if (Settings.isSet(properties.getRealtimeUrl())) {
      b.realtimeUrl(properties.getRealtimeUrl().trim());
    }
    AuthMode mode = properties.getAuth() == null ? AuthMode.TOKEN : properties.getAuth();
    b.authMode(mode);
    boolean hasToken = Settings.isSet(properties.getToken());
    boolean hasLogin = Settings.isSet(properties.getLogin());
    Settings.notBoth(hasToken, P + "token", hasLogin, P + "login with " + P + "password");
    if (hasToken) {
      if (mode == AuthMode.COOKIE) {
        throw Settings.invalid(P + "auth", P + "auth=cookie needs " + P + "login and " + P + "password, not " + P + "token");
      }
      return Settings.shared(b.token(properties.getToken().trim()), httpClient, properties).build();
    }
    String hint = "set " + P + "token, or " + P + "login and " + P + "password";
    b.login(Settings.required(P + "login", properties.getLogin(), hint),
        Settings.required(P + "password", properties.getPassword(), hint));
    return Settings.shared(b, httpClient, properties).build();
  }
}
