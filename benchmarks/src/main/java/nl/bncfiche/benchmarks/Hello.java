package nl.bncfiche.benchmarks;

/** The baseline of the cold-start ratio: a new JVM that prints one line and exits. */
public final class Hello {
  private Hello() {}

  /** Prints "hello". */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
