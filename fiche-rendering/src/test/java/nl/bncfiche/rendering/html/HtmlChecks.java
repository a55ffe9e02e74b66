package nl.bncfiche.rendering.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Structural checks of our HTML by a small tag scanner (our output has no comments or scripts). */
final class HtmlChecks {
  static final Set<String> ELEMENTS =
      Set.of(
          "html", "head", "meta", "title", "style", "body", "main", "div", "header", "section",
          "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "sup",
          "a");
  static final Set<String> VOID = Set.of("meta", "br", "hr");
  static final Set<String> ATTRIBUTES =
      Set.of("lang", "charset", "name", "content", "class", "id", "href", "value", "aria-label");

  private HtmlChecks() {}

  /** A start or end tag: name, whether it closes, and its attributes as name/value pairs. */
  record Tag(String name, boolean end, List<String[]> attributes) {}

  /** Every tag in {@code html}, skipping the doctype and the stylesheet's content. */
  static List<Tag> tags(String html) {
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
      if (html.startsWith("<!DOCTYPE html>", i)) {
        i += 15;
        continue;
      }
      int close = html.indexOf('>', i);
      assertThat(close).as("unclosed tag at %d", i).isPositive();
      String inner = html.substring(i + 1, close);
      boolean end = inner.startsWith("/");
      String body = end ? inner.substring(1) : inner;
      int sp = body.indexOf(' ');
      String name = sp < 0 ? body : body.substring(0, sp);
      List<String[]> attrs = new ArrayList<>();
      int p = sp;
      while (p >= 0 && p < body.length()) {
        int eq = body.indexOf("=\"", p);
        if (eq < 0) {
          break;
        }
        int q = body.indexOf('"', eq + 2);
        attrs.add(new String[] {body.substring(p, eq).strip(), body.substring(eq + 2, q)});
        p = q + 1;
      }
      tags.add(new Tag(name, end, attrs));
      i = close + 1;
      if (name.equals("style") && !end) {
        i = html.indexOf("</style>", i);
      }
    }
    return tags;
  }

  /** Asserts known elements and attributes only, balanced nesting, unique ids, resolving links. */
  static void assertWellFormed(String html) {
    Deque<String> open = new ArrayDeque<>();
    Set<String> ids = new HashSet<>();
    List<String> hrefs = new ArrayList<>();
    for (Tag t : tags(html)) {
      assertThat(ELEMENTS).as("element").contains(t.name());
      for (String[] a : t.attributes()) {
        assertThat(ATTRIBUTES).as("attribute of <%s>", t.name()).contains(a[0]);
        if (a[0].equals("id")) {
          assertThat(ids.add(a[1])).as("unique id %s", a[1]).isTrue();
        }
        if (a[0].equals("href")) {
          assertThat(a[1]).as("only in-page links").startsWith("#");
          hrefs.add(a[1].substring(1));
        }
      }
      if (VOID.contains(t.name())) {
        continue;
      }
      if (t.end()) {
        assertThat(open).as("closing </%s>", t.name()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s>", t.name()).isEqualTo(t.name());
      } else {
        open.push(t.name());
      }
    }
    assertThat(open).as("unclosed elements").isEmpty();
    assertThat(ids).as("every href=\"#x\" has an id=\"x\"").containsAll(hrefs);
    for (String id : ids) {
      // A footnote nobody refers to needs no link; every reference needs its back link.
      if (id.contains("fnref-")) {
        assertThat(hrefs).as("a link to #%s (footnote links both ways)", id).contains(id);
      }
    }
  }
}
