package dev.quartet.spring.boot;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnApiProperties}. */
final class OnApiPropertiesCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnApiProperties.class.getName());
    String prefix = (String) attributes.get("value");
    ConfigurationPropertyName name = ConfigurationPropertyName.of(prefix);
    ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnApiProperties.class, prefix);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(context.getEnvironment())) {
      if (source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
        return ConditionOutcome.match(message.found("property under").items(prefix));
      }
    }
    return ConditionOutcome.noMatch(message.didNotFind("property under").items(prefix));
  }
}
