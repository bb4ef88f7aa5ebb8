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
  void toStringHidesTheToken() {
    assertThat(AccessToken.of("secret-value").toString()).doesNotContain("secret-value");
  }
}
