package nl.bncfiche.rendering.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Our Markdown as a CommonMark parser reads it back: its literal text, headings, links and raw
 * HTML, and the node kinds that our writer must never produce from user text.
 */
final class ParsedMarkdown {
  /** The only raw HTML we write: footnote anchors and references. */
  private static final Pattern ONZE_HTML =
      Pattern.compile(
          "<sup( id=\"(f\\d+-)?fnref-\\d+(-\\d+)?\")?>|</sup>|<a id=\"(f\\d+-)?fn-\\d+\">|</a>");

  private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

  final StringBuilder text = new StringBuilder();
  final List<String> headings = new ArrayList<>();
  final List<String> links = new ArrayList<>();
  final Set<String> ids = new HashSet<>();
  final List<String> verboden = new ArrayList<>();
  int bulletItems;
  int orderedItems;
  int thematicBreaks;

  static ParsedMarkdown parse(String markdown) {
    ParsedMarkdown p = new ParsedMarkdown();
    Node doc = Parser.builder().build().parse(markdown);
    doc.accept(p.new Visitor());
    return p;
  }

  /** Asserts nothing forbidden, our raw HTML only, unique ids, and footnote links both ways. */
  void assertSafeAndLinked() {
    assertThat(verboden).as("node kinds that only user text could have made").isEmpty();
    for (String l : links) {
      assertThat(l).as("only in-page links").startsWith("#");
      assertThat(ids).as("every link [..](#x) has an id=\"x\"").contains(l.substring(1));
    }
    for (String id : ids) {
      // A footnote nobody refers to needs no link; every reference needs its back link.
      if (!id.contains("fnref-")) {
        continue;
      }
      assertThat(links).as("a link to #%s (footnote links both ways)", id).contains("#" + id);
    }
  }

  private final class Visitor extends AbstractVisitor {
    @Override
    public void visit(Text t) {
      text.append(t.getLiteral());
    }

    @Override
    public void visit(HardLineBreak b) {
      text.append('\n');
    }

    @Override
    public void visit(SoftLineBreak b) {
      verboden.add("soft line break");
    }

    @Override
    public void visit(Heading h) {
      int start = text.length();
      visitChildren(h);
      headings.add("#".repeat(h.getLevel()) + " " + text.substring(start));
      text.append('\n');
    }

    @Override
    public void visit(org.commonmark.node.Paragraph p) {
      visitChildren(p);
      text.append('\n');
    }

    @Override
    public void visit(Link l) {
      links.add(l.getDestination());
      visitChildren(l);
    }

    @Override
    public void visit(HtmlInline h) {
      String html = h.getLiteral();
      if (!ONZE_HTML.matcher(html).matches()) {
        verboden.add("raw HTML " + html);
      }
      Matcher m = ID.matcher(html);
      if (m.find()) {
        assertThat(ids.add(m.group(1))).as("unique id %s", m.group(1)).isTrue();
      }
    }

    @Override
    public void visit(HtmlBlock h) {
      verboden.add("HTML block " + h.getLiteral());
    }

    @Override
    public void visit(Image i) {
      verboden.add("image " + i.getDestination());
    }

    @Override
    public void visit(Code c) {
      verboden.add("code " + c.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock c) {
      verboden.add("fenced code " + c.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock c) {
      verboden.add("indented code " + c.getLiteral());
    }

    @Override
    public void visit(BlockQuote q) {
      verboden.add("block quote");
    }

    @Override
    public void visit(Emphasis e) {
      verboden.add("emphasis");
    }

    @Override
    public void visit(StrongEmphasis e) {
      verboden.add("strong emphasis");
    }

    @Override
    public void visit(LinkReferenceDefinition d) {
      verboden.add("link reference definition");
    }

    @Override
    public void visit(ThematicBreak t) {
      thematicBreaks++;
    }

    @Override
    public void visit(ListItem li) {
      if (li.getParent() instanceof BulletList) {
        bulletItems++;
      } else if (li.getParent() instanceof OrderedList) {
        orderedItems++;
      }
      visitChildren(li);
    }
  }
}
