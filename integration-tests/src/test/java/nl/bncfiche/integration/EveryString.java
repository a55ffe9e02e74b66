package nl.bncfiche.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;

/**
 * Puts a string into every text field of a document, through its JSON form: each string value is
 * replaced where the model accepts any text (titles, paragraphs, footnotes, identifiers kept as
 * written, labels, letter lines); fields that take a fixed vocabulary (template, stance) keep their
 * value, and a value's {@code afgeleid} goes with its old {@code tekst}.
 */
final class EveryString {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final FicheJson JSON = FicheJson.create();

  private final KamerstukDocument doc;
  private final List<Boolean> free = new ArrayList<>();

  /** Finds the free string fields of {@code doc}: those that accept other text. */
  EveryString(KamerstukDocument doc) {
    this.doc = doc;
    JsonNode root = tree(doc);
    List<Runnable[]> slots = new ArrayList<>();
    collect(root, slots, s -> "<x>" + s);
    for (Runnable[] slot : slots) {
      slot[0].run();
      boolean ok;
      try {
        JSON.read(root.toString());
        ok = true;
      } catch (FicheJsonException e) {
        ok = false;
      }
      slot[1].run();
      free.add(ok);
    }
  }

  /** The document with every free string {@code s} replaced by {@code replace.apply(s)}. */
  KamerstukDocument replace(UnaryOperator<String> replace) {
    JsonNode root = tree(doc);
    List<Runnable[]> slots = new ArrayList<>();
    collect(root, slots, replace);
    for (int i = 0; i < slots.size(); i++) {
      if (free.get(i)) {
        slots.get(i)[0].run();
      }
    }
    return JSON.read(root.toString());
  }

  private static JsonNode tree(KamerstukDocument doc) {
    try {
      return TREE.readTree(JSON.write(doc));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(
      JsonNode node, List<Runnable[]> slots, UnaryOperator<String> replace) {
    if (node instanceof ObjectNode o) {

      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        JsonNode v = e.getValue();
        if (key.equals("afgeleid") && o.path("tekst").isTextual()) {
          continue; // derived from "tekst", never text of its own
        }
        if (v.isTextual()) {
          String old = v.asText();
          // A new "tekst" leaves out what was derived from the old one: the text alone is read.
          JsonNode derived = key.equals("tekst") ? o.get("afgeleid") : null;
          slots.add(
              new Runnable[] {
                () -> {
                  o.set(key, TextNode.valueOf(replace.apply(old)));
                  if (derived != null) {
                    o.remove("afgeleid");
                  }
                },
                () -> {
                  o.set(key, TextNode.valueOf(old));
                  if (derived != null) {
                    o.set("afgeleid", derived);
                  }
                }
              });
        } else {
          collect(v, slots, replace);
        }
      }
    } else if (node instanceof ArrayNode a) {

      for (int i = 0; i < a.size(); i++) {
        int at = i;
        JsonNode v = a.get(i);
        if (v.isTextual()) {
          String old = v.asText();
          slots.add(
              new Runnable[] {
                () -> a.set(at, TextNode.valueOf(replace.apply(old))),
                () -> a.set(at, TextNode.valueOf(old))
              });
        } else {
          collect(v, slots, replace);
        }
      }
    }
  }
}
