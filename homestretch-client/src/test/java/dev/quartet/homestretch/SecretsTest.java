package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.quartet.core.testing.LogCapture;
import dev.quartet.homestretch.model.TokenRequest;
import dev.quartet.homestretch.model.TokenResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The client secret and the token never reach a log line, an exception or a toString. */
class SecretsTest extends HomeStretchTestSupport {

  @Test
  void nothingSecretIsLoggedAtTheMostVerboseLevel() {
    stubToken();
    wm.stubFor(get("/company").willReturn(okJson(fixture("company-structure"))));
    wm.stubFor(get("/places/a").willReturn(aResponse().withStatus(401)));
    for (TokenMode mode : TokenMode.values()) {
      try (LogCapture logs = new LogCapture(); HomeStretchClient hs = clientBuilder().tokenMode(mode).build()) {
        hs.company().getCompanyStructure();
        Throwable failure = catchThrowable(() -> hs.places().getPlace("a"));
        assertThat(logs.lines()).as("logging is on").anyMatch(l -> l.contains("--> POST") && l.contains("/auth"));
        assertThat(logs.lines()).anyMatch(l -> l.startsWith("--> body:") || l.startsWith("<-- body:"));
        assertThat(logs.all()).doesNotContain(CLIENT_SECRET).doesNotContain(TOKEN).doesNotContain("Authorization");
        assertThat(stackTraceOf(failure)).doesNotContain(CLIENT_SECRET).doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void modelsAndClientsDoNotPrintSecrets() {
    assertThat(new TokenRequest().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).toString())
        .contains(CLIENT_ID).doesNotContain(CLIENT_SECRET);
    assertThat(new TokenResponse().token(TOKEN).toString()).doesNotContain(TOKEN);
    HomeStretchClient.Builder builder = clientBuilder();
    assertThat(builder.toString()).doesNotContain(CLIENT_SECRET);
    try (HomeStretchClient hs = builder.build()) {
      assertThat(hs.toString()).doesNotContain(CLIENT_SECRET);
    }
  }

  private static String stackTraceOf(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
