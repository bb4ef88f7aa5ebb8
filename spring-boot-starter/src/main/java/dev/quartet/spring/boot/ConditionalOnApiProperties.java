package dev.quartet.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when any property under the prefix {@link #value()} is set, in any property source and any
 * relaxed form ({@code quartet.onepagecrm.api-key}, {@code QUARTET_ONEPAGECRM_APIKEY}, ...). Setting
 * one is taken as wanting that client, so incomplete settings fail at start-up instead of silently
 * leaving the bean out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnApiPropertiesCondition.class)
@interface ConditionalOnApiProperties {
  /** The property prefix, e.g. {@code quartet.homestretch}. */
  String value();
}
