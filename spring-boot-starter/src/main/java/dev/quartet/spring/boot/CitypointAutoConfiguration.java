package dev.quartet.spring.boot;

import dev.quartet.citypoint.CitypointClient;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link CitypointClient} bean from {@code quartet.citypoint.*}, unless the application defines one. */
@AutoConfiguration
@ConditionalOnClass(CitypointClient.class)
@ConditionalOnApiProperties(CitypointProperties.PREFIX)
@EnableConfigurationProperties(CitypointProperties.class)
public class CitypointAutoConfiguration {
  private static final String P = CitypointProperties.PREFIX + ".";
  private static final String HINT = "Citypoint signs in with the password grant: client-id, client-secret, username and password";

  /** Creates the auto-configuration (Spring does). */
  public CitypointAutoConfiguration() {}

  /**
   * The client, closed with the context.
   *
   * @param properties the bound properties
   * @param httpClient the application's {@code OkHttpClient}, used when there is exactly one (or a primary one)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public CitypointClient citypointClient(CitypointProperties properties, ObjectProvider<OkHttpClient> httpClient) {
    CitypointClient.Builder b = CitypointClient.builder()
        .baseUrl(Settings.required(P + "base-url", properties.getBaseUrl(), "the default is " + CitypointClient.DEFAULT_BASE_URL))
        .clientId(Settings.required(P + "client-id", properties.getClientId(), HINT))
        .clientSecret(Settings.required(P + "client-secret", properties.getClientSecret(), HINT))
        .username(Settings.required(P + "username", properties.getUsername(), HINT))
        .password(Settings.required(P + "password", properties.getPassword(), HINT));
    if (properties.getUserId() != null) {
      b.userId(properties.getUserId().trim());
    }
    return Settings.shared(b, httpClient, properties).build();
  }
}
