package dev.quartet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.UnreadableResponseException;

/** Checks that none of an API's credentials shows up in some text. */
final class Secrets {
  private Secrets() {}

  static void assertAbsent(String where, String text, ApiCase api) {
    for (String secret : api.secrets()) {
      assertThat(text).as("a credential in " + where).doesNotContain(secret);
    }
  }

  /** Everything a caller could print of an exception: messages, {@code toString()}s and kept bodies, causes included. */
  static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append(t).append('\n');
      if (t instanceof ApiException api) {
        text.append(api.body()).append('\n');
      }
      if (t instanceof UnreadableResponseException unreadable) {
        text.append(unreadable.body()).append('\n');
      }
      for (Throwable suppressed : t.getSuppressed()) {
        text.append(suppressed).append('\n');
      }
    }
    return text.toString();
  }
}
