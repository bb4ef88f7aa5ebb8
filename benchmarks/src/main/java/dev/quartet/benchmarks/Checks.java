package dev.quartet.benchmarks;

import java.util.Objects;

/** Setup-time checks that the variants of a case really read the same answer. */
final class Checks {
  private Checks() {}

  static void same(String what, Object raw, Object sdk) {
    if (!Objects.equals(raw, sdk)) {
      throw new IllegalStateException(what + ": raw and SDK read different values:\n raw " + raw + "\n sdk " + sdk);
    }
  }

  static void equal(String what, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      throw new IllegalStateException(what + ": expected " + b + ", got " + a);
    }
  }
}
