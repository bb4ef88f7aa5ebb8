package dev.quartet.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns incomplete {@code quartet.*} settings into Boot's "APPLICATION FAILED TO START" description and action. */
final class QuartetPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<QuartetPropertiesException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, QuartetPropertiesException cause) {
    String prefix = cause.prefix();
    return new FailureAnalysis("The " + prefix + ".* properties cannot configure a client: " + cause.getMessage() + ".",
        "Complete the " + prefix + ".* properties, or remove all of them if the application does not call this API"
            + " (its client bean is made as soon as one of them is set).", cause);
  }
}
