package dev.quartet.spring.boot;

import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.Region;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link OnePageCrmClient} bean from {@code quartet.onepagecrm.*}, unless the application defines one. */
@AutoConfiguration
@ConditionalOnClass(OnePageCrmClient.class)
@ConditionalOnApiProperties(OnePageCrmProperties.PREFIX)
@EnableConfigurationProperties(OnePageCrmProperties.class)
public class OnePageCrmAutoConfiguration {
  private static final String P = OnePageCrmProperties.PREFIX + ".";

  /** Creates the auto-configuration (Spring does). */
  public OnePageCrmAutoConfiguration() {}

  /**
   * The client, closed with the context.
   *
   * @param properties the bound properties
   * @param httpClient the application's {@code OkHttpClient}, used when there is exactly one (or a primary one)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public OnePageCrmClient onePageCrmClient(OnePageCrmProperties properties, ObjectProvider<OkHttpClient> httpClient) {
    OnePageCrmClient.Builder b = OnePageCrmClient.builder()
        .userId(Settings.required(P + "user-id", properties.getUserId(), "the Basic-auth user name"))
        .apiKey(Settings.required(P + "api-key", properties.getApiKey(), "the Basic-auth password"))
        .region(properties.getRegion() == null ? Region.DEFAULT : properties.getRegion());
    if (Settings.isSet(properties.getBaseUrl())) {
      b.baseUrl(properties.getBaseUrl().trim());
    }
    return Settings.shared(b, httpClient, properties).build();
  }
}
