package dev.quartet.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingTokenProviderTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));
  private final List<AccessToken> previous = new ArrayList<>();
  private int issued;

  private final CachingTokenProvider provider = new CachingTokenProvider(prev -> {
    previous.add(prev);
    issued++;
    return AccessToken.of("t" + issued, clock.instant().plus(Duration.ofHours(1)));
  }, clock, Duration.ofMinutes(2));

  @Test
  void refreshesShortlyBeforeExpiry() {
    assertThat(provider.token().value()).isEqualTo("t1");
    clock.advance(Duration.ofMinutes(57));
    assertThat(provider.token().value()).isEqualTo("t1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(provider.token().value()).isEqualTo("t2");
    assertThat(previous.get(1).value()).isEqualTo("t1");
  }

  @Test
  void refreshAfterRejectionFetchesOnlyForTheCurrentToken() {
    AccessToken first = provider.token();
    AccessToken second = provider.refresh(first);
    assertThat(second.value()).isEqualTo("t2");
    assertThat(provider.refresh(first)).isSameAs(second);
    assertThat(issued).isEqualTo(2);
  }

  @Test
  void aTokenShorterThanTheMarginIsUsedForHalfItsLife() {
    List<AccessToken> fetched = new ArrayList<>();
    CachingTokenProvider shortLived = new CachingTokenProvider(prev -> {
      AccessToken t = AccessToken.of("s" + fetched.size(), clock.instant().plusSeconds(30));
      fetched.add(t);
      return t;
    }, clock, Duration.ofMinutes(2));
    AccessToken first = shortLived.token();
    clock.advance(Duration.ofSeconds(14));
    assertThat(shortLived.token()).isSameAs(first);
    clock.advance(Duration.ofSeconds(2));
    assertThat(shortLived.token()).isNotSameAs(first);
    assertThat(fetched).hasSize(2);
  }

  @Test
  void callersWaitingOnAFailingFetchShareItsFailure() throws Exception {
    java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
    CachingTokenProvider failing = new CachingTokenProvider(prev -> {
      attempts.incrementAndGet();
      sleep(200);
      throw new dev.quartet.core.errors.SdkException("token endpoint down");
    }, clock, Duration.ofMinutes(2));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
    List<Throwable> outcomes = new ArrayList<>();
    try {
      List<java.util.concurrent.Future<Throwable>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(pool.submit(() -> org.assertj.core.api.Assertions.catchThrowable(failing::token)));
      }
      for (java.util.concurrent.Future<Throwable> call : calls) {
        outcomes.add(call.get(10, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(outcomes).allSatisfy(t -> assertThat(t).hasMessage("token endpoint down"));
    assertThat(attempts).hasValue(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void toStringHidesTheToken() {
    assertThat(AccessToken.of("secret-value").toString()).doesNotContain("secret-value");
  }
}
