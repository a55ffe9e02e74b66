package nl.bncfiche.server.internal;

import java.util.function.Supplier;

/** A value made on first use, once: the JSON binding loads hundreds of classes. Thread-safe. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile T value;

  private Lazy(Supplier<T> make) {
    this.make = make;
  }

  static <T> Lazy<T> of(Supplier<T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          value = v;
        }
      }
    }
    return v;
  }
}
