package nl.bncfiche.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's arguments and directories as inputs: what cannot be used is reported in its place. */
class ExpansionTest {
  @TempDir Path dir;

  private Path file(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }

  /** Each input as "name" or "name: Dutch message" for an unusable one. */
  private static List<String> describe(List<Input> inputs) {
    List<String> lines = new ArrayList<>();
    for (Input i : inputs) {
      try {
        i.read(null, 0);
        lines.add(i.name());
      } catch (InputException e) {
        lines.add(e.line(true).startsWith(i.name() + ": te groot") ? i.name() : e.line(true));
      }
    }
    return lines;
  }

  @Test
  void anUnreadableDirectoryIsReportedInItsPlaceAndTheRestIsRead() throws IOException {
    file("a/een.txt");
    file("b/twee.txt");
    file("c/drie.json");
    Path b = dir.resolve("b");
    Expansion.Lister denyB =
        d -> {
          if (d.equals(b)) {
            throw new AccessDeniedException(d.toString());
          }
          return Expansion.FILE_SYSTEM.list(d);
        };
    List<Input> inputs = new Expansion(null, denyB).of(List.of(dir.toString()));
    assertThat(describe(inputs))
        .containsExactly(
            dir.resolve("a/een.txt").toString(),
            b + ": kan de map niet lezen: geen toegang",
            dir.resolve("c/drie.json").toString());
  }

  @Test
  void brokenAndLoopingLinksAreReportedAndOthersFollowedOrLeft() throws IOException {
    Path real = file("echt.txt");
    Files.createSymbolicLink(dir.resolve("gebroken.txt"), dir.resolve("bestaat-niet.txt"));
    Files.createSymbolicLink(dir.resolve("kring1.txt"), dir.resolve("kring2.txt"));
    Files.createSymbolicLink(dir.resolve("kring2.txt"), dir.resolve("kring1.txt"));
    Files.createSymbolicLink(dir.resolve("koppeling.txt"), real);
    Files.createDirectory(dir.resolve("map"));
    Files.createSymbolicLink(dir.resolve("map/terug.json"), dir);
    List<Input> inputs = Input.expand(List.of(dir.toString()), null);
    assertThat(describe(inputs))
        .containsExactly(
            real.toString(),
            dir.resolve("gebroken.txt") + ": kan niet lezen: bestaat niet",
            dir.resolve("koppeling.txt").toString(),
            dir.resolve("kring1.txt")
                + ": kan niet lezen: symbolische koppelingen verwijzen in een kring",
            dir.resolve("kring2.txt")
                + ": kan niet lezen: symbolische koppelingen verwijzen in een kring");
  }

  @Test
  void anArgumentThatCannotBeUsedDoesNotStopTheOthers() throws IOException {
    Path een = file("een.txt");
    Path twee = file("twee.json");
    Path onbekend = file("notitie.md");
    Files.createDirectory(dir.resolve("leeg"));
    file("zonder/notitie.md");
    List<String> args =
        List.of(
            een.toString(),
            dir.resolve("ontbreekt.txt").toString(),
            onbekend.toString(),
            dir.resolve("leeg").toString(),
            dir.resolve("zonder").toString(),
            twee.toString());
    assertThat(describe(Input.expand(args, null)))
        .containsExactly(
            een.toString(),
            dir.resolve("ontbreekt.txt") + ": bestand of map bestaat niet",
            onbekend
                + ": onbekend formaat: verwacht een .txt-, .json- of .docx-bestand, of --from"
                + " text|json|docx",
            dir.resolve("leeg") + ": geen .txt-, .json- of .docx-bestand in deze map",
            dir.resolve("zonder") + ": geen .txt-, .json- of .docx-bestand in deze map",
            twee.toString());
  }
}
