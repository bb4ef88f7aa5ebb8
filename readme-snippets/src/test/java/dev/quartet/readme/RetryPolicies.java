package dev.quartet.readme;

import dev.quartet.core.retry.RetryPolicy;
import java.time.Duration;

class RetryPolicies {
  RetryPolicy policy() {
    return
    // readme:begin
    RetryPolicy.builder().maxRetries(4).initialBackoff(Duration.ofMillis(200))
        .maxBackoff(Duration.ofSeconds(10)).totalBudget(Duration.ofMinutes(1)).build();
    // readme:end
  }
}
