package nl.bncfiche.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;

/**
 * Where each value of a JSON text starts, by JSON pointer, as the {@link SourceMap} that a text
 * fiche's reader gives: an issue on a fiche read from JSON then names a line and column too, its
 * nearest ancestor's where the value itself is absent.
 */
public final class JsonPositions {
  private JsonPositions() {}

  /**
   * The positions of every value in {@code json}; those before a syntax error when it does not
   * parse.
   */
  public static SourceMap of(String json) {
    Map<String, SourcePosition> map = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonLocation loc = p.currentTokenLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          pointer =
              p.getParsingContext().getParent() == null
                  ? ""
                  : p.getParsingContext().getParent().pathAsPointer().toString();
        }
        if (loc.getLineNr() > 0 && loc.getColumnNr() > 0) {
          map.putIfAbsent(pointer, SourcePosition.of(loc.getLineNr(), loc.getColumnNr()));
        }
      }
    } catch (IOException e) {
      // Positions are a convenience; a text that does not parse is reported by the reader.
    }
    return SourceMap.of(map);
  }
}
