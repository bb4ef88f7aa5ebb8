package dev.quartet.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Setting any property of an API asks for its client, so incomplete settings stop the start-up, naming the property. */
class MissingSettingsTest {
  private final ApplicationContextRunner runner = Runners.clients();

  private void failsWith(String message, String... properties) {
    runner.withPropertyValues(properties).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message);
    });
  }

  @Test
  void homeStretchNeedsItsBaseUrl() {
    failsWith("quartet.homestretch.base-url is required", "quartet.homestretch.token=t");
  }

  @Test
  void homeStretchNeedsCredentials() {
    failsWith("quartet.homestretch.client-id is required", "quartet.homestretch.base-url=https://hs.test");
  }

  @Test
  void homeStretchTakesOneKindOfCredentials() {
    failsWith("set either quartet.homestretch.token or quartet.homestretch.client-id with quartet.homestretch.client-secret, not both",
        "quartet.homestretch.base-url=https://hs.test", "quartet.homestretch.token=t", "quartet.homestretch.client-id=id");
  }

  @Test
  void platformNeedsTheLoginsPassword() {
    failsWith("quartet.platform.password is required", "quartet.platform.login=api-user");
  }

  @Test
  void platformCookieSessionsNeedALogin() {
    failsWith("quartet.platform.auth=cookie needs quartet.platform.login and quartet.platform.password",
        "quartet.platform.token=t", "quartet.platform.auth=cookie");
  }

  @Test
  void citypointNeedsAllFourCredentials() {
    failsWith("quartet.citypoint.password is required", "quartet.citypoint.client-id=c",
        "quartet.citypoint.client-secret=s", "quartet.citypoint.username=u");
  }

  @Test
  void onePageCrmNeedsItsApiKey() {
    failsWith("quartet.onepagecrm.api-key is required", "quartet.onepagecrm.user-id=u");
  }

  @Test
  void aMalformedBaseUrlIsNamed() {
    failsWith("baseUrl must be an http or https URL, was \"not a url\"", "quartet.onepagecrm.user-id=u",
        "quartet.onepagecrm.api-key=k", "quartet.onepagecrm.base-url=not a url");
  }
}
