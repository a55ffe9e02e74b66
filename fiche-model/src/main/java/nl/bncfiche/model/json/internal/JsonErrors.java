package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.json.FicheJsonException;

/**
 * Turns Jackson's exceptions into {@link FicheJsonException}s with a JSON pointer and a short text.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /** The exception to throw for {@code e}. */
  public static FicheJsonException translate(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    String pointer = pointer(e);
    return new FicheJsonException(pointer, line, column, problem(e), e);
  }

  private static String pointer(JsonProcessingException e) {
    if (e instanceof JsonMappingException) {
      List<JsonMappingException.Reference> path = ((JsonMappingException) e).getPath();
      if (!path.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
          sb.append('/');
          if (r.getFieldName() != null) {
            sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
          } else if (r.getIndex() >= 0) {
            sb.append(r.getIndex());
          }
        }
        return sb.toString();
      }
    }
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser) {
      JsonStreamContext ctx = ((JsonParser) processor).getParsingContext();
      if (ctx != null) {
        return ctx.pathAsPointer().toString();
      }
    }
    return "";
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        for (Object id : u.getKnownPropertyIds()) {
          known.add(String.valueOf(id));
        }
      }
      known.sort(null);
      return "unknown field \"" + u.getPropertyName() + "\"; expected one of " + known;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return "over a read limit: "
            + firstLine(((StreamConstraintsException) t).getOriginalMessage());
      }
    }
    if (e instanceof LoneSurrogates.NotText) {
      return e.getOriginalMessage();
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed here; leave the field out instead";
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      return "invalid value: " + (cause != null ? cause.getMessage() : e.getOriginalMessage());
    }
    String original = firstLine(e.getOriginalMessage());
    if (original.startsWith("Trailing token")) {
      return "unexpected content after the document";
    }
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      return "wrong type or value: " + firstLine(e.getOriginalMessage());
    }
    String msg = firstLine(e.getOriginalMessage());
    if (msg.contains("Duplicate field")) {
      return "duplicate key: " + msg;
    }
    return "broken JSON: " + msg;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
