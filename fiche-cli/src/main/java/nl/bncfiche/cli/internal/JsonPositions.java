package nl.bncfiche.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON text starts, by JSON pointer, so that an issue on a fiche read from JSON
 * can name a line and column too.
 */
public final class JsonPositions {
  private final Map<String, int[]> positions;

  private JsonPositions(Map<String, int[]> positions) {
    this.positions = positions;
  }

  /** The positions of every value in {@code json}; empty when the text does not parse. */
  public static JsonPositions of(String json) {
    Map<String, int[]> map = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonLocation loc = p.currentTokenLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          pointer = p.getParsingContext().getParent() == null
              ? ""
              : p.getParsingContext().getParent().pathAsPointer().toString();
        }
        map.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
      }
    } catch (IOException e) {
      // Positions are a convenience; a text that does not parse is reported by the reader.
    }
    return new JsonPositions(map);
  }

  /** The line and column of the value at {@code pointer}, or of its nearest ancestor that exists. */
  public Optional<int[]> positionOf(String pointer) {
    String p = pointer;
    while (true) {
      int[] pos = positions.get(p);
      if (pos != null) {
        return Optional.of(pos);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
