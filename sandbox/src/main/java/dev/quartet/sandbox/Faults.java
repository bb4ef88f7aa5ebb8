package dev.quartet.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The fault rules switched on in one sandbox, each counting the requests it matched. */
final class Faults {
  private final List<FaultRule> initial;
  private final List<Active> active = new CopyOnWriteArrayList<>();

  Faults(List<FaultRule> initial) {
    this.initial = List.copyOf(initial);
    restart();
  }

  void add(FaultRule rule) {
    active.add(new Active(rule));
  }

  /** Back to the rules given at start, each counting from zero again. */
  void restart() {
    active.clear();
    initial.forEach(this::add);
  }

  void clear() {
    active.clear();
  }

  List<FaultRule> rules() {
    return active.stream().map(a -> a.rule).toList();
  }

  /**
   * {@return the answer the faults make of this request: {@code answer} itself (called only when no
   * fault replaces it), possibly delayed, or a reset, a 503 or a 429 in the API's error shape}
   */
  ResponseDefinition apply(Emulator emulator, String method, String pathBelowPrefix,
      java.util.function.Supplier<ResponseDefinition> answer) {
    long delay = 0;
    Trouble trouble = Trouble.NONE;
    FaultRule cause = null;
    for (Active a : active) {
      if (!a.rule.matches(emulator.api(), method, pathBelowPrefix)) {
        continue;
      }
      long n = a.matched.incrementAndGet();
      delay += a.rule.latency().toMillis();
      Trouble t = FaultRule.inShare(a.rule.resetShare(), n) ? Trouble.RESET
          : a.rule.inBurst(n) ? Trouble.UNAVAILABLE
          : FaultRule.inShare(a.rule.tooManyShare(), n) ? Trouble.TOO_MANY : Trouble.NONE;
      if (t.ordinal() > trouble.ordinal()) {
        trouble = t;
        cause = a.rule;
      }
    }
    ResponseDefinition result = switch (trouble) {
      case NONE -> answer.get();
      case TOO_MANY -> ResponseDefinitionBuilder.like(emulator.errorAnswer(429, "Too Many Requests"))
          .withHeader("Retry-After", String.valueOf((cause.retryAfter().toMillis() + 999) / 1000)).build();
      case UNAVAILABLE -> emulator.errorAnswer(503, "Service Unavailable");
      case RESET -> ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    };
    return delay == 0 ? result : ResponseDefinitionBuilder.like(result).withFixedDelay((int) delay).build();
  }

  private enum Trouble { NONE, TOO_MANY, UNAVAILABLE, RESET }

  private static final class Active {
    final FaultRule rule;
    final AtomicLong matched = new AtomicLong();

    Active(FaultRule rule) {
      this.rule = rule;
    }
  }
}
