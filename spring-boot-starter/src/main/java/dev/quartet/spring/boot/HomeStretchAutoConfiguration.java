package dev.quartet.spring.boot;

import dev.quartet.homestretch.HomeStretchClient;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link HomeStretchClient} bean from {@code quartet.homestretch.*}, unless the application defines one. */
@AutoConfiguration
@ConditionalOnClass(HomeStretchClient.class)
@ConditionalOnApiProperties(HomeStretchProperties.PREFIX)
@EnableConfigurationProperties(HomeStretchProperties.class)
public class HomeStretchAutoConfiguration {
  private static final String P = HomeStretchProperties.PREFIX + ".";

  /** Creates the auto-configuration (Spring does). */
  public HomeStretchAutoConfiguration() {}

  /**
   * The client, closed with the context.
   *
   * @param properties the bound properties
   * @param httpClient the application's {@code OkHttpClient}, used when there is exactly one (or a primary one)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public HomeStretchClient homeStretchClient(HomeStretchProperties properties, ObjectProvider<OkHttpClient> httpClient) {
    HomeStretchClient.Builder b = HomeStretchClient.builder()
        .baseUrl(Settings.required(P + "base-url", properties.getBaseUrl(), "HomeStretch has no public default host"));
    boolean hasToken = Settings.isSet(properties.getToken());
    boolean hasClient = Settings.isSet(properties.getClientId()) || Settings.isSet(properties.getClientSecret());
    Settings.notBoth(hasToken, P + "token", hasClient, P + "client-id with " + P + "client-secret");
    if (hasToken) {
      b.token(properties.getToken().trim());
    } else {
      String hint = "set " + P + "client-id and " + P + "client-secret, or " + P + "token";
      b.clientId(Settings.required(P + "client-id", properties.getClientId(), hint))
          .clientSecret(Settings.required(P + "client-secret", properties.getClientSecret(), hint));
    }
    return Settings.shared(b, httpClient, properties).build();
  }
}
