package dev.quartet.readme;

import dev.quartet.homestretch.HomeStretchClient;
import dev.quartet.homestretch.TokenMode;
import dev.quartet.spring.boot.HomeStretchProperties;
import org.springframework.context.annotation.Bean;

class SpringOwnBean {
  static class Configuration {
    // readme:begin
    @Bean
    HomeStretchClient homeStretch(HomeStretchProperties properties) {   // properties still bound from quartet.homestretch.*
      return HomeStretchClient.builder().baseUrl(properties.getBaseUrl()).token(properties.getToken())
          .tokenMode(TokenMode.FORM).maxRetries(4).build();
    }
    // readme:end
  }
}
