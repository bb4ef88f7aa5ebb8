package dev.quartet.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quartet.core.errors.AuthenticationException;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.PlatformErrors;
import dev.quartet.platform.Store;
import dev.quartet.platform.model.ErrorBody;
import dev.quartet.platform.realtime.ConnectionState;
import dev.quartet.platform.realtime.EventStreamChannel;
import dev.quartet.platform.realtime.PlatformEvent;
import dev.quartet.platform.realtime.PlatformEventListener;
import dev.quartet.sandbox.SandboxExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A wrong credential in each of the client's three ways gets the platform's own 401, typed by the client. */
class PlatformAuthTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  @Test
  void wrongPasswordForATokenGetsThePlatforms401() {
    assertRefused(p -> PlatformClients.tokenLogin(p, "not-the-password"));
    assertThat(PlatformClients.logins(SANDBOX.sandbox(), true)).isPositive();
  }

  @Test
  void wrongPasswordForACookieSessionGetsThePlatforms401() {
    assertRefused(p -> PlatformClients.cookieLogin(p, "not-the-password"));
    assertThat(PlatformClients.logins(SANDBOX.sandbox(), false)).isPositive();
  }

  @Test
  void unknownBearerTokenGetsThePlatforms401() {
    assertRefused(p -> PlatformClients.bearer(p, "not-a-token-the-platform-issued"));
  }

  @Test
  void theDocumentedApiTokenIsAccepted() {
    try (PlatformClient platform = PlatformClients.bearer(SANDBOX.sandbox().platform(), SANDBOX.sandbox().platform().apiToken())) {
      assertThat(platform.store(Store.MODELS).get(SANDBOX.sandbox().platform().modelId()).getName()).isEqualTo("Thermometer");
    }
  }

  @Test
  void theRealTimeChannelsRefuseAnUnknownToken() throws Exception {
    try (PlatformClient platform = PlatformClients.bearer(SANDBOX.sandbox().platform(), "not-a-token-the-platform-issued");
        EventStreamChannel stream = platform.eventStream()) {
      CompletableFuture<Throwable> lost = new CompletableFuture<>();
      AtomicBoolean opened = new AtomicBoolean();
      stream.addListener(new PlatformEventListener() {
        @Override
        public void onEvent(PlatformEvent event) {}

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
          opened.compareAndSet(false, state == ConnectionState.OPEN);
          if (state == ConnectionState.RECONNECTING) {
            lost.complete(cause);
          }
        }
      });
      stream.connect();
      assertThat(lost.get(5, TimeUnit.SECONDS)).hasMessageContaining("401");
      assertThat(opened).isFalse();
    }
  }

  private static void assertRefused(Function<PlatformSandbox, PlatformClient> client) {
    try (PlatformClient platform = client.apply(SANDBOX.sandbox().platform())) {
      AuthenticationException refused = catchThrowableOfType(() -> platform.store(Store.MODELS).list(),
          AuthenticationException.class);
      assertThat(refused).isNotNull();
      assertThat(refused.status()).isEqualTo(401);
      ErrorBody body = PlatformErrors.body(refused).orElseThrow();
      assertThat(body.getSuccess()).isFalse();
      assertThat(body.getCode()).isEqualTo("401");
      assertThat(body.getMessage()).isEqualTo("Unauthorized");
      assertThat(body.getTags()).containsExactly("error_unauthorized");
      assertThat(PlatformErrors.hasTag(refused, "error_unauthorized")).isTrue();
    }
  }
}
