package nl.bncfiche.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a string value that holds a lone surrogate ({@code "\ud83d"} without its pair): it is no
 * character, so no writer can write it (UTF-8 has no form for it; Java's encoder makes it "?"). The
 * exception names the character and its index in the string; Jackson adds the JSON pointer and the
 * string's line and column.
 */
public final class LoneSurrogates {
  private LoneSurrogates() {}

  /** The index of the first lone surrogate of {@code s}, or -1. */
  public static int find(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** {@code s}, the value just read by {@code p}, unless it holds a lone surrogate. */
  static String check(JsonParser p, String s) throws MismatchedInputException {
    int at = find(s);
    if (at >= 0) {
      throw new NotText(p, at, s.charAt(at));
    }
    return s;
  }

  /** Jackson's string deserializer, refusing lone surrogates. */
  static final class Strings extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      return s == null ? null : check(p, s);
    }
  }

  /** A string value that is not text; {@link JsonErrors} says so without quoting it. */
  static final class NotText extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    /** The message in Dutch; the exception's own is English. */
    final String nl;

    NotText(JsonParser p, int index, char c) {
      super(
          p,
          String.format(
              Locale.ROOT,
              "not text: a lone surrogate U+%04X at character %d of the string",
              (int) c,
              index + 1),
          p.currentTokenLocation());
      this.nl =
          String.format(
              Locale.ROOT,
              "geen tekst: een los surrogaat U+%04X op teken %d van de tekenreeks",
              (int) c,
              index + 1);
    }
  }
}
