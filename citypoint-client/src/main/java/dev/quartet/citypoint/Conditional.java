package dev.quartet.citypoint;

import java.util.Optional;

/**
 * The outcome of a conditional list call: either the new page with its {@code Last-Modified}, or
 * "not modified" (the server answered 304 to {@code If-Modified-Since}). A 304 is a normal outcome,
 * never an exception.
 *
 * <pre>{@code
 * Conditional<JsonApiPage<Note, NoteCollection>> answer = notes.page(query, lastModified);
 * if (answer instanceof Conditional.Modified<JsonApiPage<Note, NoteCollection>> fresh) {
 *   show(fresh.value().items());
 *   lastModified = fresh.lastModified();
 * }
 * }</pre>
 */
public sealed interface Conditional<T> permits Conditional.Modified, Conditional.NotModified {

  /** {@return the value to send as {@code If-Modified-Since} next time (the one sent, after a 304); may be null} */
  String lastModified();

  /** {@return true for {@link Modified}} */
  default boolean isModified() {
    return this instanceof Modified;
  }

  /** {@return the new value, or empty when nothing changed} */
  default Optional<T> changed() {
    return this instanceof Modified<T> m ? Optional.of(m.value()) : Optional.empty();
  }

  /** Fresh data; {@code lastModified} is the answer's {@code Last-Modified} (null when it had none). */
  record Modified<T>(T value, String lastModified) implements Conditional<T> {}

  /** Nothing changed since {@code lastModified}. */
  record NotModified<T>(String lastModified) implements Conditional<T> {}
}
