package nl.bncfiche.cli;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import nl.bncfiche.cli.internal.TextOut;
import nl.bncfiche.server.FicheServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fiche serve}: the page and the HTTP API of {@code fiche-server}, until stopped (Ctrl-C, a
 * TERM signal). Prints its address first.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start de webpagina en de HTTP-API (/api/v1/) om fiches te controleren; stop met Ctrl-C.",
      "Alleen op deze computer bereikbaar, tenzij --host anders zegt."
    },
    exitCodeListHeading = "%nAfsluitcodes:%n",
    exitCodeList = {"2:het adres kan niet worden gebruikt, of verkeerd gebruik"})
final class ServeCommand implements Callable<Integer> {
  /** The port when none is given: one that needs no privileges, and is easy to type. */
  static final int DEFAULT_PORT = 8080;

  @Spec CommandSpec spec;

  private final Streams streams;

  ServeCommand(Streams streams) {
    this.streams = streams;
  }

  @Option(
      names = "--port",
      paramLabel = "N",
      descriptionKey = "serve.port",
      description = "Poort (standaard: ${DEFAULT-VALUE}; 0: een vrije poort).")
  int port = DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "H",
      descriptionKey = "serve.host",
      description = "Adres om op te luisteren (standaard: ${DEFAULT-VALUE}, alleen deze computer).")
  String host = "127.0.0.1";

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      descriptionKey = "serve.max-size",
      description = "Weiger invoer die groter is (standaard: ${DEFAULT-VALUE}).")
  long maxSize = Limits.DEFAULT_MAX_BYTES;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      descriptionKey = "serve.lang",
      description = "Taal van de meldingen van deze opdracht (standaard: ${DEFAULT-VALUE}).")
  Lang lang = Lang.NL;

  @Override
  public Integer call() throws InterruptedException {
    TextOut out = streams.out();
    TextOut err = streams.err();
    boolean dutch = lang.dutch();
    if (!Limits.maxSizeUsable(maxSize, lang, err)) {
      return FicheCli.UNUSABLE;
    }
    if (port < 0 || port > 65535) {
      err.line(
          dutch
              ? "fiche: --port moet 0 tot en met 65535 zijn, niet " + port + "."
              : "fiche: --port must be 0 to 65535, not " + port + ".");
      return FicheCli.UNUSABLE;
    }
    FicheServer.Builder builder = FicheServer.builder().host(host).port(port).maxBytes(maxSize);
    if (streams.clock() != null) {
      builder.clock(streams.clock());
    }
    FicheServer server;
    try {
      server = builder.start();
    } catch (UncheckedIOException e) {
      err.line(
          dutch
              ? "fiche: kan niet luisteren op "
                  + host
                  + ":"
                  + port
                  + ": het adres is in gebruik of hoort niet bij deze computer"
              : "fiche: cannot listen on "
                  + host
                  + ":"
                  + port
                  + ": the address is in use or not one of this computer's");
      return FicheCli.UNUSABLE;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(server::close, "fiche-serve-stop")); // Ctrl-C, TERM
    out.line(
        dutch
            ? "fiche serve: " + server.uri() + " (stop met Ctrl-C)"
            : "fiche serve: " + server.uri() + " (stop with Ctrl-C)");
    if (!isLoopback(host)) {
      out.line(
          dutch
              ? "fiche serve: let op: ook bereikbaar vanaf andere computers, zonder versleuteling"
                  + " of inloggen"
              : "fiche serve: note: reachable from other computers too, without encryption or"
                  + " login");
    }
    out.flush();
    server.join();
    return FicheCli.OK;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
