package dev.quartet.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.testing.MutableClock;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.Store;
import dev.quartet.platform.realtime.ConnectionState;
import dev.quartet.platform.realtime.RealtimeListener;
import dev.quartet.platform.realtime.SocketIoChannel;
import dev.quartet.sandbox.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logins expire after {@code platformSessionLifetime} on the sandbox's clock: the next call gets the
 * platform's 401, the client logs in again and the call goes through; the API token never expires.
 */
class PlatformSessionExpiryTest {
  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private final MutableClock clock = new MutableClock(Instant.now());
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().platformSessionLifetime(LIFETIME).clock(clock).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void anExpiredTokenIsRefusedAndTheClientLogsInAgain() {
    try (PlatformClient platform = PlatformClients.tokenLogin(sandbox.platform(), sandbox.platform().password())) {
      assertThat(platform.store(Store.MODELS).list()).hasSize(1);
      clock.advance(LIFETIME.minusMinutes(1));
      assertThat(platform.store(Store.MODELS).list()).hasSize(1);
      assertThat(PlatformClients.logins(sandbox, true)).isEqualTo(1);
      assertThat(PlatformClients.unauthorized(sandbox)).isZero();

      clock.advance(Duration.ofMinutes(2));
      assertThat(platform.store(Store.MODELS).get(sandbox.platform().modelId()).getName()).isEqualTo("Thermometer");
      assertThat(PlatformClients.unauthorized(sandbox)).isEqualTo(1);
      assertThat(PlatformClients.logins(sandbox, true)).isEqualTo(2);
    }
  }

  @Test
  void anExpiredCookieSessionIsRefusedAndTheClientLogsInAgain() throws InterruptedException {
    try (PlatformClient platform = PlatformClients.cookieLogin(sandbox.platform(), sandbox.platform().password())) {
      assertThat(platform.store(Store.MODELS).list()).hasSize(1);
      assertThat(PlatformClients.logins(sandbox, false)).isEqualTo(1);

      clock.advance(LIFETIME.plusSeconds(1));
      assertThat(platform.store(Store.MODELS).get(sandbox.platform().modelId()).getName()).isEqualTo("Thermometer");
      assertThat(PlatformClients.unauthorized(sandbox)).isEqualTo(1);
      assertThat(PlatformClients.logins(sandbox, false)).isEqualTo(2);
      assertThat(PlatformClients.logins(sandbox, true)).isZero();

      // the renewed session cookie opens the socket.io channel too
      CountDownLatch open = new CountDownLatch(1);
      try (SocketIoChannel socketIo = platform.realtime()) {
        socketIo.addListener(new RealtimeListener() {
          @Override
          public void onEvent(String event, com.fasterxml.jackson.databind.JsonNode payload) {}

          @Override
          public void onStateChange(ConnectionState state, Throwable cause) {
            if (state == ConnectionState.OPEN) {
              open.countDown();
            }
          }
        });
        socketIo.connect();
        assertThat(open.await(10, TimeUnit.SECONDS)).as("socket.io open on the session cookie").isTrue();
      }
    }
  }

  @Test
  void theApiTokenOutlivesEveryLogin() {
    try (PlatformClient platform = PlatformClients.bearer(sandbox.platform(), sandbox.platform().apiToken())) {
      clock.advance(LIFETIME.multipliedBy(100));
      assertThat(platform.store(Store.MODELS).list()).hasSize(1);
      assertThat(PlatformClients.unauthorized(sandbox)).isZero();
      assertThat(PlatformClients.logins(sandbox, true) + PlatformClients.logins(sandbox, false)).isZero();
    }
  }

}
