package dev.quartet.spring.boot;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the credentials among the {@code quartet.*} properties in Actuator's {@code configprops} and
 * {@code env} endpoints, also when they are set to show values: every key under {@code quartet}
 * whose last word is password, secret, key, token or credentials, in any relaxed form
 * ({@code quartet.onepagecrm.api-key}, {@code quartet.onepagecrm.apiKey}, {@code QUARTET_ONEPAGECRM_APIKEY}).
 * Other keys are left to the application's own functions.
 */
final class QuartetSanitizingFunction implements SanitizingFunction {
  private static final List<String> SECRET_ENDINGS = List.of("password", "secret", "key", "token", "credentials");

  @Override
  public SanitizableData apply(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }

  /** Whether {@code key} names one of our credentials. */
  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("quartet.") && !lower.startsWith("quartet_")) {
      return false;
    }
    String compact = lower.replaceAll("[^a-z0-9]", "");
    return SECRET_ENDINGS.stream().anyMatch(compact::endsWith);
  }
}
