package nl.bncfiche.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.rendering.text.TextReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a person uses it, in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}): upload the example fiche, see its findings, click one and see its line, switch
 * to English, download the Markdown, read the rules; axe-core finds no WCAG 2.1 A/AA violation on
 * any of these states. A screenshot of each step goes to {@code target/browser-screenshots/}.
 * Skipped, with the reason, where Chromium or its driver is absent.
 */
class PageTest {
  static final Path CHROMIUM =
      Path.of(System.getProperty("bncfiche.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("bncfiche.chromedriver", "/usr/bin/chromedriver"));
  static final Path SHOTS = Path.of("target", "browser-screenshots");

  @TempDir static Path dir;

  static FicheServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String axe;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium absent: no "
            + CHROMIUM
            + " or "
            + DRIVER
            + " (apt-get install chromium"
            + " chromium-driver); browser tests skipped");
    try (InputStream in = PageTest.class.getResourceAsStream("/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(SHOTS);
    server = FicheServer.builder().start();
    Path profile = Files.createDirectory(dir.resolve("profile"));
    Path downloads = Files.createDirectory(dir.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, as text. */
  static List<String> accessibilityViolations() {
    JavascriptExecutor js = browser;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                + " 'wcag21a', 'wcag21aa']}}).then(r => done(r.violations.map(v => v.id + ': '"
                + " + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))),"
                + " e => done(['axe failed: ' + e]));");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) result;
    return violations;
  }

  private static WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  private static void upload(Path file) {
    try {
      find("#file").sendKeys(file.toRealPath().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    find("#check").click();
  }

  @Test
  void aPolicyOfficerChecksAFiche() throws Exception {
    browser.get(server.uri().toString());
    assertThat(browser.getTitle()).isEqualTo("Een fiche controleren – BNC-fiche");
    screenshot("01-start");
    assertThat(accessibilityViolations()).isEmpty();

    // the example fiche: read, checked, valid
    upload(Http.EXAMPLE);
    wait.until(d -> find("#summary").getText().startsWith("Geldig"));
    assertThat(find("#findings").getText()).isEqualTo("Geen bevindingen.");
    assertThat(find("#source").findElements(By.tagName("li"))).hasSize(92);
    screenshot("02-example-valid");

    // the example with one error: the finding, grouped under its severity
    Path broken = dir.resolve("voorbeeld-met-fout.txt");
    Files.writeString(broken, Http.exampleWithError(), StandardCharsets.UTF_8);
    upload(broken);
    wait.until(d -> !d.findElements(By.cssSelector(".finding")).isEmpty());
    WebElement group = find(".group.ERROR");
    assertThat(group.findElement(By.tagName("h3")).getText()).isEqualTo("Fouten (1)");
    WebElement finding = find(".finding");
    assertThat(finding.getText())
        .startsWith("BNC-F-001 /fiches/0/algemeneGegevens/commissieDocumenten/0: \"COM 61\"")
        .endsWith("(regel 26)");
    wait.until(d -> !find("#preview").getAttribute("srcdoc").isEmpty());
    screenshot("03-findings");
    assertThat(accessibilityViolations()).isEmpty();

    // chosen by keyboard: line 26 highlighted, in view and focused
    finding.sendKeys(Keys.ENTER);
    WebElement line = find("#line-26");
    wait.until(d -> line.getAttribute("class").contains("hl"));
    assertThat(line.getText()).isEqualTo("COM 61");
    assertThat(browser.switchTo().activeElement()).isEqualTo(line);
    Boolean inView =
        (Boolean)
            browser.executeScript(
                "const li = arguments[0].getBoundingClientRect();"
                    + "const box = document.getElementById('source').getBoundingClientRect();"
                    + "return li.top >= box.top && li.bottom <= box.bottom"
                    + " && li.top >= 0 && li.bottom <= window.innerHeight;",
                line);
    assertThat(inView).isTrue();
    assertThat(browser.findElements(By.cssSelector("#source li.hl"))).hasSize(1);
    screenshot("04-line-highlighted");

    // the preview cannot run script: a sandbox without allow-scripts
    assertThat(find("#preview").getAttribute("sandbox")).isEmpty();

    // English: the page and the server's messages
    find("#lang-switch").click();
    wait.until(d -> "en".equals(find("html").getAttribute("lang")));
    wait.until(d -> find(".finding").getText().contains("is not a well-formed"));
    assertThat(find("h1").getText()).isEqualTo("Check a fiche");
    assertThat(find(".group.ERROR h3").getText()).isEqualTo("Errors (1)");
    assertThat(find("#lang-switch").getText()).isEqualTo("Nederlands");
    screenshot("05-english");
    assertThat(accessibilityViolations()).isEmpty();

    // download the Markdown: what the API renders
    find("button[data-to=markdown]").click();
    Path md = dir.resolve("downloads").resolve("voorbeeld-met-fout.md");
    wait.until(d -> Files.exists(md) && sizeOf(md) > 0);
    String expected =
        new Http(server)
            .post("/api/v1/render?to=markdown", "text/plain", Http.exampleWithError())
            .body();
    wait.until(d -> expected.equals(read(md)));
    screenshot("06-downloaded");

    // the rules, in English still
    find("nav a[href^='/regels']").click();
    wait.until(d -> d.findElements(By.cssSelector("#rules tbody tr")).size() > 10);
    assertThat(find("h1").getText()).isEqualTo("Rules");
    assertThat(find("#rules tbody").getText()).contains("BNC-F-001");
    screenshot("07-rules");
    assertThat(accessibilityViolations()).isEmpty();
  }

  @Test
  void pastedTextThatIsNoFicheIsExplainedWithItsPlace() throws Exception {
    browser.get(server.uri().toString());
    find("#paste").sendKeys("{\"fiches\": [");
    find("#check").click();
    wait.until(d -> !find("#error").getText().isEmpty());
    assertThat(find("#error").getText())
        .startsWith("Onbruikbare invoer: geen geldige fiche-JSON bij")
        .contains("(regel 1, ");
    assertThat(find("#error").getAttribute("role")).isEqualTo("alert");
    assertThat(find("#results").isDisplayed()).isFalse();
    screenshot("08-pasted-no-fiche");
    assertThat(accessibilityViolations()).isEmpty();
  }

  @Test
  void aWordDocumentDroppedOnThePageIsCheckedAndDownloadedAsWord() throws Exception {
    browser.get(server.uri().toString());
    byte[] docx =
        DocxWriter.create().write(TextReader.create().read(Http.exampleWithError()).getDocument());
    // A drop as the browser delivers it: a DataTransfer holding the file, on the drop zone.
    browser.executeScript(
        "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
            + "const file = new File([bytes], 'ontwerp.docx', {type:"
            + " 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'});"
            + "const dt = new DataTransfer(); dt.items.add(file);"
            + "const zone = document.getElementById('drop');"
            + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true,"
            + " cancelable: true}));"
            + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true,"
            + " cancelable: true}));",
        Base64.getEncoder().encodeToString(docx));
    wait.until(d -> !d.findElements(By.cssSelector(".finding")).isEmpty());
    assertThat(find(".group.ERROR h3").getText()).isEqualTo("Fouten (1)");
    assertThat(find(".finding").getText())
        .startsWith("BNC-F-001 /fiches/0/algemeneGegevens/commissieDocumenten/0:")
        .matches("(?s).*\\(alinea \\d+\\)$");
    assertThat(find("#source").getText()).startsWith("Een Word-document");
    assertThat(find("#drop").getAttribute("class")).doesNotContain("over");
    screenshot("09-word-dropped");
    assertThat(accessibilityViolations()).isEmpty();

    find("button[data-to=docx]").click();
    Path word = dir.resolve("downloads").resolve("ontwerp.docx");
    wait.until(d -> Files.exists(word) && sizeOf(word) > 0);
    wait.until(d -> Arrays.equals(docx, readBytes(word)));
  }

  private static byte[] readBytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
