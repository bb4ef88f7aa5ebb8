package dev.quartet.examples.boot;

import dev.quartet.sandbox.Sandbox;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Profile {@code sandbox}: starts the embedded sandbox before any bean is made and publishes its
 * addresses as {@code sandbox.url} and {@code sandbox.realtime-url}, which
 * {@code application-sandbox.properties} uses; the sandbox stops with the context.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class SandboxConfiguration {
  @Bean
  static SandboxLauncher sandboxLauncher() {
    return new SandboxLauncher();
  }

  /** A bean factory post-processor, so it runs before the client beans bind their properties. */
  static final class SandboxLauncher implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {
    private ConfigurableEnvironment environment;
    private Sandbox sandbox;

    @Override
    public void setEnvironment(Environment environment) {
      this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      sandbox = Sandbox.start();
      environment.getPropertySources().addLast(new MapPropertySource("sandbox",
          Map.of("sandbox.url", sandbox.baseUrl(), "sandbox.realtime-url", sandbox.platform().realtimeUrl())));
    }

    @Override
    public void destroy() {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }
}
