package nl.bncfiche.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, with this JVM's {@code java} and the test class path:
 * for what one JVM cannot show of itself (its {@code line.separator}, locale, heap size, standard
 * input). Needs nothing but the JDK.
 */
final class CliProcess {
  private final Path dir;
  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();
  private byte[] stdin;

  private CliProcess(Path dir) {
    this.dir = dir;
  }

  /** A run whose output is kept under {@code dir}, the working folder too. */
  static CliProcess in(Path dir) {
    return new CliProcess(dir);
  }

  CliProcess jvm(String... options) {
    jvmOptions.addAll(Arrays.asList(options));
    return this;
  }

  CliProcess env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Standard input through a pipe (a stream that cannot seek) with these bytes. */
  CliProcess stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  FicheCliTest.Run run(String... args) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath != null ? classPath : System.getProperty("java.class.path"));
    command.add(FicheCli.class.getName());
    command.addAll(Arrays.asList(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(environment);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin);
      }
    } catch (IOException e) {
      // The command may stop reading early (over its limit); what it read is what counts.
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the command line did not finish in 60 s: " + command);
    }
    return new FicheCliTest.Run(
        p.exitValue(),
        new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
  }
}
