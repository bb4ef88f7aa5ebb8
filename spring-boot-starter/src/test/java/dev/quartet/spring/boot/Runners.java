package dev.quartet.spring.boot;

import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Context runners with the starter's auto-configurations, as the application would get them. */
final class Runners {
  private Runners() {}

  static final AutoConfigurations CLIENTS = AutoConfigurations.of(HomeStretchAutoConfiguration.class,
      PlatformAutoConfiguration.class, CitypointAutoConfiguration.class, OnePageCrmAutoConfiguration.class,
      QuartetActuatorAutoConfiguration.class);

  static ApplicationContextRunner clients() {
    return new ApplicationContextRunner().withConfiguration(CLIENTS);
  }

  /** {@code runner} with {@code variables} as if they were the process environment. */
  static ApplicationContextRunner withEnvironmentVariables(ApplicationContextRunner runner, Map<String, Object> variables) {
    // Boot maps relaxed names only for sources called systemEnvironment or ending in -systemEnvironment
    return runner.withInitializer(context -> context.getEnvironment().getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables)));
  }
}
