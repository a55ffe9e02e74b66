package nl.bncfiche.server.internal;

import nl.bncfiche.server.report.JsonOutput;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): a stable type per kind of problem,
 * a title and a detail in the language asked for, and where in the input when known. Never a stack
 * trace, and never more of the input than the library's own messages quote.
 */
final class Problem {
  static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  /** {@code type} is a short name such as {@code too-large}, made a tag URI here. */
  static Answer of(int status, String type, String title, String detail) {
    return of(status, type, title, detail, 0, 0);
  }

  /** With the 1-based line and column of the input where the problem is (0: unknown). */
  static Answer of(int status, String type, String title, String detail, int line, int column) {
    String json =
        JsonOutput.write(
            g -> {
              g.writeStartObject();
              g.writeStringField("type", "tag:bncfiche.nl,2026:problem:" + type);
              g.writeStringField("title", title);
              g.writeNumberField("status", status);
              g.writeStringField("detail", detail);
              if (line > 0) {
                g.writeNumberField("line", line);
                g.writeNumberField("column", column);
              }
              g.writeEndObject();
            });
    return Answer.of(status, MEDIA_TYPE, json);
  }

  static Answer notFound(boolean dutch) {
    return of(
        404,
        "not-found",
        dutch ? "Niet gevonden" : "Not found",
        dutch
            ? "Dit adres bestaat niet; zie /api/v1/openapi.json."
            : "No such address; see /api/v1/openapi.json.");
  }

  static Answer methodNotAllowed(String allowed, boolean dutch) {
    return of(
            405,
            "method-not-allowed",
            dutch ? "Methode niet toegestaan" : "Method not allowed",
            dutch ? "Gebruik " + allowed + "." : "Use " + allowed + ".")
        .with("Allow", allowed);
  }

  static Answer busy(boolean dutch) {
    return of(
            503,
            "busy",
            dutch ? "Bezet" : "Busy",
            dutch
                ? "De server werkt al aan het hoogste aantal verzoeken; probeer het zo opnieuw."
                : "The server is working on as many requests as it may; try again shortly.")
        .with("Retry-After", "1");
  }

  static Answer tooSlow(long seconds, boolean dutch) {
    return of(
            503,
            "time-limit",
            dutch ? "Tijdslimiet overschreden" : "Time limit exceeded",
            dutch
                ? "Het verzoek duurde langer dan " + seconds + " s en is afgebroken."
                : "The request took longer than " + seconds + " s and was stopped.")
        .with("Retry-After", "1")
        // its body may still be being read by the abandoned work
        .with("Connection", "close");
  }

  static Answer internal(String kind, boolean dutch) {
    return of(
        500,
        "internal",
        dutch ? "Interne fout" : "Internal error",
        dutch ? "Interne fout (" + kind + ")." : "Internal error (" + kind + ").");
  }
}
