package nl.bncfiche.server.report;

import nl.bncfiche.validation.RetiredRule;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;

/**
 * The rule catalogue as JSON: what {@code fiche rules --format json} prints and {@code GET
 * /api/v1/rules} answers. Every rule with its default severity, profile, source, reduction and
 * Dutch and English description, then the retired ids.
 */
public final class RulesJson {
  private RulesJson() {}

  /** The catalogue as JSON, with a final line end. */
  public static String write() {
    return JsonOutput.write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("rules");
          for (RuleDescription r : RuleCatalog.rules()) {
            g.writeStartObject();
            g.writeStringField("id", r.getId());
            g.writeStringField("severity", r.getDefaultSeverity().name());
            g.writeStringField("profile", r.getProfile().name());
            g.writeStringField("since", r.getSince());
            g.writeStringField("source", r.getSource());
            if (r.getReduction().isPresent()) {
              RuleDescription.Reduction x = r.getReduction().get();
              g.writeObjectFieldStart("reduced");
              g.writeStringField("severity", x.getSeverity().name());
              g.writeStringField("nl", x.getWhenNl());
              g.writeStringField("en", x.getWhenEn());
              g.writeEndObject();
            }
            if (r.getRequiredSetting().isPresent()) {
              g.writeStringField("requiredSetting", r.getRequiredSetting().get());
            }
            g.writeStringField("nl", r.getDescriptionNl());
            g.writeStringField("en", r.getDescriptionEn());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("retired");
          for (RetiredRule r : RuleCatalog.retired()) {
            g.writeStartObject();
            g.writeStringField("id", r.getId());
            g.writeStringField("replacedBy", r.getReplacedBy());
            g.writeStringField("nl", r.getReasonNl());
            g.writeStringField("en", r.getReasonEn());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }
}
