package dev.quartet.onepagecrm;

import java.util.function.Function;

/** Takes the entity out of an answer's {@code {status, message, timestamp, data}} envelope. */
final class Envelope {
  private Envelope() {}

  /** {@code entity(data(answer))}, or null when the answer carries no data or no entity. */
  static <R, D, T> T unwrap(R answer, Function<R, D> data, Function<D, T> entity) {
    D d = answer == null ? null : data.apply(answer);
    return d == null ? null : entity.apply(d);
  }
}
