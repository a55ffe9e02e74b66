package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.json.FicheJsonException;

/**
 * Turns Jackson's exceptions into {@link FicheJsonException}s with a JSON pointer, a position and a
 * short text of our own in English and Dutch: never a class name or a setting of a library, and of
 * the document at most a field name, cut short.
 */
public final class JsonErrors {
  /** The most characters of a field name quoted. */
  private static final int QUOTED = 40;

  private JsonErrors() {}

  /** What is wrong, in English and Dutch. */
  private record Problem(String en, String nl) {}

  /**
   * The exception to throw for {@code e}, which {@code parser} (null when it could not be opened)
   * raised or was reading at.
   *
   * @throws VirtualMachineError when that is what {@code e} wraps (Jackson wraps what a constructor
   *     throws): running out of memory is not a fault of the JSON
   */
  public static FicheJsonException translate(JsonProcessingException e, JsonParser parser) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof VirtualMachineError error) {
        throw error;
      }
    }
    JsonParser p = e.getProcessor() instanceof JsonParser processor ? processor : parser;
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 1) && p != null) {
      loc = p.currentLocation();
    }
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    // Jackson's column at the very end of an empty document is 0.
    int column = line == 0 ? 0 : Math.max(loc.getColumnNr(), 1);
    Problem problem = problem(e, p == null ? null : p.currentToken());
    return new FicheJsonException(pointer(e, p), line, column, problem.en(), problem.nl(), e);
  }

  private static String pointer(JsonProcessingException e, JsonParser p) {
    if (e instanceof JsonMappingException m) {
      List<JsonMappingException.Reference> path = m.getPath();
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
    if (p != null) {
      JsonStreamContext ctx = p.getParsingContext();
      if (ctx != null) {
        return ctx.pathAsPointer().toString();
      }
    }
    return "";
  }

  /** The problem of {@code e}, raised at the token {@code found} (null when not known). */
  private static Problem problem(JsonProcessingException e, JsonToken found) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        for (Object id : u.getKnownPropertyIds()) {
          known.add(String.valueOf(id));
        }
      }
      known.sort(null);
      String name = quoted(u.getPropertyName());
      return new Problem(
          "unknown field " + name + "; expected one of " + known,
          "onbekend veld " + name + "; verwacht een van " + known);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException c) {
        return overLimit(c.getOriginalMessage());
      }
    }
    if (e instanceof DerivedJson.Mismatch m) {
      return new Problem(m.getOriginalMessage(), m.nl);
    }
    if (e instanceof LoneSurrogates.NotText n) {
      return new Problem(n.getOriginalMessage(), n.nl);
    }
    if (e instanceof InvalidNullException) {
      return new Problem(
          "null is not allowed here; leave the field out instead",
          "null is hier niet toegestaan; laat het veld weg");
    }
    if (e instanceof ValueInstantiationException) {
      return invalidValue(e.getCause());
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.startsWith("Trailing token")) {
      return new Problem(
          "unexpected content after the document", "onverwachte inhoud na het document");
    }
    if (original.startsWith("No content to map due to end-of-input")) {
      return new Problem("broken JSON: empty document", "ongeldige JSON: leeg document");
    }
    if (e instanceof MismatchedInputException m) {
      return wrongType(m, found);
    }
    if (e instanceof InputCoercionException || original.startsWith("Numeric value")) {
      return new Problem("number out of range", "getal buiten bereik");
    }
    if (original.startsWith("Duplicate field '")) {
      int end = original.lastIndexOf('\'');
      String name = end > 17 ? original.substring(17, end) : "";
      return new Problem("duplicate key " + quoted(name), "dubbele sleutel " + quoted(name));
    }
    Problem syntax = syntax(original);
    return new Problem("broken JSON: " + syntax.en(), "ongeldige JSON: " + syntax.nl());
  }

  private static Problem syntax(String m) {
    if (m.startsWith("Unexpected end-of-input")) {
      return new Problem("unexpected end of the document", "onverwacht einde van het document");
    }
    if (m.startsWith("Unexpected close marker")) {
      return new Problem("unexpected closing bracket", "onverwacht sluithaakje");
    }
    if (m.startsWith("Unrecognized token")) {
      return new Problem(
          "unknown word; expected a string in double quotes, a number, true, false, null, an array"
              + " or an object",
          "onbekend woord; verwacht tekst tussen dubbele aanhalingstekens, een getal, true, false,"
              + " null, een lijst of een object");
    }
    if (m.startsWith("Unrecognized character escape")) {
      return new Problem("invalid escape in a string", "ongeldige escape in een tekst");
    }
    if (m.startsWith("Illegal unquoted character")) {
      return new Problem(
          "control character " + code(m) + " in a string; write it as an escape",
          "stuurteken " + code(m) + " in een tekst; schrijf het als escape");
    }
    if (m.startsWith("Invalid numeric value")
        || m.startsWith("Non-standard token")
        || m.startsWith("Leading zeroes")) {
      return new Problem("invalid number", "ongeldig getal");
    }
    if (m.startsWith("Invalid UTF-8")) {
      return new Problem("not UTF-8", "geen UTF-8");
    }
    if (m.startsWith("Unexpected character")) {
      String c = code(m);
      if (m.contains("double-quote to start field name")) {
        return new Problem(
            "unexpected character " + c + "; expected a field name in double quotes",
            "onverwacht teken " + c + "; verwacht een veldnaam tussen dubbele aanhalingstekens");
      }
      if (m.contains("expecting comma")) {
        return new Problem(
            "unexpected character " + c + "; expected a comma",
            "onverwacht teken " + c + "; verwacht een komma");
      }
      if (m.contains("expecting a colon")) {
        return new Problem(
            "unexpected character " + c + "; expected a colon",
            "onverwacht teken " + c + "; verwacht een dubbele punt");
      }
      return new Problem("unexpected character " + c, "onverwacht teken " + c);
    }
    return new Problem("not valid JSON here", "hier geen geldige JSON");
  }

  /** The character of Jackson's "(code 120)" as U+0078, or "" when the message has none. */
  private static String code(String m) {
    int at = m.indexOf("code ");
    if (at < 0) {
      return "";
    }
    int end = at + 5;
    while (end < m.length() && Character.isDigit(m.charAt(end))) {
      end++;
    }
    if (end == at + 5 || end - at > 12) {
      return "";
    }
    return String.format(Locale.ROOT, "U+%04X", Integer.parseInt(m.substring(at + 5, end)));
  }

  private static Problem overLimit(String m) {
    String s = m == null ? "" : m;
    String limit = number(s, "maximum allowed (");
    String more = limit.isEmpty() ? "" : " " + limit;
    Problem what;
    if (s.startsWith("String")) {
      what =
          new Problem(
              "a string longer than" + more + " characters", "tekst langer dan" + more + " tekens");
    } else if (s.startsWith("Number")) {
      what =
          new Problem(
              "a number longer than" + more + " digits", "getal langer dan" + more + " cijfers");
    } else if (s.startsWith("Name")) {
      what =
          new Problem(
              "a field name longer than" + more + " characters",
              "veldnaam langer dan" + more + " tekens");
    } else if (s.startsWith("Document length") || s.startsWith("Document size")) {
      what = new Problem("a document longer than" + more, "document langer dan" + more);
    } else if (s.contains("depth") || s.contains("Depth")) {
      what =
          new Problem(
              "nested deeper than" + more + " levels", "dieper genest dan" + more + " niveaus");
    } else {
      what = new Problem("too large", "te groot");
    }
    return new Problem("over a read limit: " + what.en(), "boven een leesgrens: " + what.nl());
  }

  /** The digits right after {@code after} in {@code s}, or "". */
  private static String number(String s, String after) {
    int at = s.indexOf(after);
    if (at < 0) {
      return "";
    }
    int start = at + after.length();
    int end = start;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /**
   * A value the model refuses: a footnote number that is not positive, a part without its required
   * fields. Only the model's own messages are known; they quote no text of the document.
   */
  private static Problem invalidValue(Throwable cause) {
    String m = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    if (m.startsWith("footnote number must be positive")) {
      return new Problem(
          "invalid value: footnote number must be positive",
          "ongeldige waarde: een voetnootnummer moet positief zijn");
    }
    int open = m.indexOf("not set [");
    if (m.startsWith("Cannot build ") && open > 0 && m.endsWith("]")) {
      String fields = m.substring(open + 8);
      return new Problem(
          "invalid value: required fields missing: " + fields,
          "ongeldige waarde: verplichte velden ontbreken: " + fields);
    }
    return new Problem("invalid value", "ongeldige waarde");
  }

  private static Problem wrongType(MismatchedInputException e, JsonToken found) {
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : target.getEnumConstants()) {
        values.add(((Enum<?>) c).name());
      }
      if (found == JsonToken.VALUE_STRING && e instanceof InvalidFormatException) {
        return new Problem(
            "unknown value; expected one of " + values,
            "onbekende waarde; verwacht een van " + values);
      }
      return new Problem(
          "wrong type: expected one of " + values + found(found, false),
          "verkeerd type: verwacht een van " + values + found(found, true));
    }
    Problem expected = expected(target);
    return new Problem(
        "wrong type: expected " + expected.en() + found(found, false),
        "verkeerd type: verwacht " + expected.nl() + found(found, true));
  }

  private static Problem expected(Class<?> target) {
    if (target == null) {
      return new Problem("another value", "een andere waarde");
    }
    if (Inline.class.isAssignableFrom(target)) {
      return new Problem(
          "a string or an object {\"voetnoot\": <positive number>}",
          "tekst of een object {\"voetnoot\": <positief getal>}");
    }
    if (target == String.class
        || CharSequence.class.isAssignableFrom(target)
        || target.getName().startsWith("nl.bncfiche.model.id.")) {
      return new Problem("a string", "tekst");
    }
    if (target == Integer.class
        || target == int.class
        || target == Long.class
        || target == long.class
        || target == Short.class
        || target == short.class) {
      return new Problem("a whole number", "een geheel getal");
    }
    if (target == Boolean.class || target == boolean.class) {
      return new Problem("true or false", "true of false");
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return new Problem("an array", "een lijst");
    }
    return new Problem("an object", "een object");
  }

  private static String found(JsonToken token, boolean dutch) {
    if (token == null) {
      return "";
    }
    return switch (token) {
      case VALUE_STRING -> dutch ? ", gevonden: tekst" : ", found a string";
      case VALUE_NUMBER_INT -> dutch ? ", gevonden: een geheel getal" : ", found a whole number";
      case VALUE_NUMBER_FLOAT -> dutch ? ", gevonden: een kommagetal" : ", found a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> dutch ? ", gevonden: true of false" : ", found true or false";
      case START_OBJECT, FIELD_NAME -> dutch ? ", gevonden: een object" : ", found an object";
      case START_ARRAY -> dutch ? ", gevonden: een lijst" : ", found an array";
      case VALUE_NULL -> dutch ? ", gevonden: null" : ", found null";
      default -> "";
    };
  }

  /** {@code name} in double quotes, cut to {@link #QUOTED} characters. */
  private static String quoted(String name) {
    String n = name == null ? "" : name;
    if (n.length() > QUOTED) {
      int end = Character.isHighSurrogate(n.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
      n = n.substring(0, end) + "…";
    }
    return "\"" + n + "\"";
  }
}
