package nl.bncfiche.server.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;

/**
 * Where given values of a JSON text start, by JSON pointer, as the {@link SourceMap} that a text
 * fiche's reader gives: an issue on a fiche read from JSON then names a line and column too, its
 * nearest ancestor's where the value itself is absent.
 *
 * <p>Only the pointers asked for are looked up, in one pass that skips every part of the document
 * that holds none of them: a document's positions are never all kept (for a large JSON they took
 * many times the memory of the document itself).
 */
public final class JsonPositions {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonPositions() {}

  /**
   * The positions of {@code pointers} and of their ancestors in {@code json}; those before a syntax
   * error when it does not parse.
   */
  public static SourceMap of(String json, Collection<String> pointers) {
    if (pointers.isEmpty()) {
      return SourceMap.empty();
    }
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; wanted.add(p) && !p.isEmpty(); ) {
        int slash = p.lastIndexOf('/');
        p = slash < 0 ? "" : p.substring(0, slash);
      }
    }
    Map<String, SourcePosition> found = new HashMap<>();
    Deque<String> open = new ArrayDeque<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null && found.size() < wanted.size()) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          open.pop();
          continue;
        }
        boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        // A container's own context is the one it opened; its place is in the one around it.
        JsonStreamContext place =
            container ? p.getParsingContext().getParent() : p.getParsingContext();
        String pointer = open.isEmpty() ? "" : open.peek() + segment(place);
        if (wanted.contains(pointer)) {
          JsonLocation at = p.currentTokenLocation();
          if (at.getLineNr() > 0 && at.getColumnNr() > 0) {
            found.putIfAbsent(pointer, SourcePosition.of(at.getLineNr(), at.getColumnNr()));
          }
          if (container) {
            open.push(pointer);
          }
        } else if (container) {
          p.skipChildren(); // holds nothing asked for
        }
      }
    } catch (IOException e) {
      // Positions are a convenience; a text that does not parse is reported by the reader.
    }
    return SourceMap.of(found);
  }

  private static String segment(JsonStreamContext place) {
    if (place.inArray()) {
      return "/" + place.getCurrentIndex();
    }
    String name = place.getCurrentName();
    return "/" + (name == null ? "" : name.replace("~", "~0").replace("/", "~1"));
  }
}
