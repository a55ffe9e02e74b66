package com.example.modular;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.JakartaValidation;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;

/** Reads, validates and writes a fiche with the exported API only. */
public final class FicheRoundTrip {
  private FicheRoundTrip() {}

  /** The document read back from its JSON, which goes through Jackson's reflection. */
  public static KamerstukDocument throughJson(KamerstukDocument document) {
    FicheJson json = FicheJson.create();
    return json.read(json.write(document));
  }

  /** The document read back from its canonical text. */
  public static KamerstukDocument throughText(KamerstukDocument document) {
    ReadResult read = TextReader.create().read(TextWriter.create().write(document));
    return read.getDocument();
  }

  /** The ids of the ERROR issues our validator reports for sending, sorted. */
  public static List<String> errorRuleIds(KamerstukDocument document) {
    List<String> ids = new ArrayList<>();
    for (Issue issue :
        FicheValidator.create().validate(document, Profile.DEFINITIEF).issues(Severity.ERROR)) {
      ids.add(issue.getRuleId());
    }
    ids.sort(null);
    return ids;
  }

  /**
   * The rule ids of a plain Jakarta validator's violations: Hibernate Validator reads the model's
   * constraints and finds our constraint validators as services.
   */
  public static List<String> jakartaRuleIds(KamerstukDocument document) {
    Set<ConstraintViolation<KamerstukDocument>> violations =
        JakartaValidation.validator().validate(document);
    List<String> ids = new ArrayList<>();
    for (ConstraintViolation<KamerstukDocument> v : violations) {
      ids.add(v.getMessage().substring(0, v.getMessage().indexOf(':')));
    }
    ids.sort(null);
    return ids;
  }

  /** Markdown and HTML of the document, which read resources of their own modules. */
  public static List<String> renderings(KamerstukDocument document) {
    return List.of(MarkdownWriter.create().write(document), HtmlWriter.create().write(document));
  }
}
