package dev.quartet.spring.boot;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Actuator on the classpath: a {@link SanitizingFunction} that keeps the {@code quartet.*}
 * credentials masked in the {@code configprops} and {@code env} endpoints even when
 * {@code management.endpoint.*.show-values} lets other values through.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class QuartetActuatorAutoConfiguration {
  /** Creates the auto-configuration (Spring does). */
  public QuartetActuatorAutoConfiguration() {}

  /**
   * The function; define a bean of this name to replace it.
   *
   * @return the function
   */
  @Bean
  @ConditionalOnMissingBean(name = "quartetSanitizingFunction")
  public SanitizingFunction quartetSanitizingFunction() {
    return new QuartetSanitizingFunction();
  }
}
