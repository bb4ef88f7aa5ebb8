package dev.quartet.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class LoggingRedactionTest {

  @Test
  void masksSecretJsonAndFormFields() {
    assertThat(LoggingInterceptor.redactBody("{\"client_id\":\"abc\",\"client_secret\":\"s3cr\\\"et\",\"n\":1}"))
        .isEqualTo("{\"client_id\":\"abc\",\"client_secret\":\"***\",\"n\":1}");
    assertThat(LoggingInterceptor.redactBody("{\"access_token\": \"x\", \"expires_in\": 3600, \"refresh_token\":\"y\"}"))
        .doesNotContain("\"x\"").doesNotContain("\"y\"").contains("3600");
    assertThat(LoggingInterceptor.redactBody("{\"auth_key\":\"k1\",\"webhook\":{\"secretkey\":\"s1\"}}"))
        .isEqualTo("{\"auth_key\":\"***\",\"webhook\":{\"secretkey\":\"***\"}}");
    assertThat(LoggingInterceptor.redactBody("grant_type=password&username=u&password=p%21&client_secret=c"))
        .isEqualTo("grant_type=password&username=u&password=***&client_secret=***");
  }

  @Test
  void masksSecretQueryParameters() {
    HttpUrl url = HttpUrl.get("https://h/x?api_key=k&page=2&token=t");
    assertThat(LoggingInterceptor.redact(url)).isEqualTo("https://h/x?api_key=***&page=2&token=***");
  }
}
