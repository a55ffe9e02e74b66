package nl.bncfiche.cli;

import java.io.InputStream;

/**
 * Hands standard input to the subcommands, so tests can run the command line on their own stream.
 */
final class Streams {
  private static final ThreadLocal<InputStream> IN = ThreadLocal.withInitial(() -> System.in);

  private Streams() {}

  static void set(InputStream in) {
    IN.set(in);
  }

  static InputStream in() {
    return IN.get();
  }
}
