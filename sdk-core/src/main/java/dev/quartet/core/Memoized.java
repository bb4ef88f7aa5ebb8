package dev.quartet.core;

import java.util.function.Supplier;

/**
 * A value made on first use and kept from then on; made at most once, safe to share between threads.
 * A client with many API groups makes each group (its generated API object, its model classes and its
 * lambdas) only when the application first asks for it, so a client that uses two groups does not
 * load or hold the other twenty.
 *
 * @param <T> the value's type
 */
public final class Memoized<T> implements Supplier<T> {
  private Supplier<? extends T> make;
  private volatile T value;

  private Memoized(Supplier<? extends T> make) {
    this.make = make;
  }

  /**
   * {@return a memo of what {@code make} makes; nothing is made yet}
   *
   * @param <T> the value's type
   * @param make makes the value, once; must not answer null
   */
  public static <T> Memoized<T> of(Supplier<? extends T> make) {
    return new Memoized<>(Checks.required("make", make));
  }

  @Override
  public T get() {
    T made = value;
    if (made != null) {
      return made;
    }
    synchronized (this) {
      if (value == null) {
        T fresh = make.get();
        if (fresh == null) {
          throw new IllegalStateException("the memoized supplier answered null");
        }
        value = fresh;
        make = null; // what it captured can go
      }
      return value;
    }
  }

  @Override
  public String toString() {
    return value == null ? "Memoized{not made yet}" : "Memoized{" + value + "}";
  }
}
