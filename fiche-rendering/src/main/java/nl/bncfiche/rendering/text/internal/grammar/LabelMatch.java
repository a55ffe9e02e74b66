package nl.bncfiche.rendering.text.internal.grammar;

import nl.bncfiche.model.sjabloon.Veld;

/**
 * A label found at the start of a text, with the value after it.
 *
 * @param field the item the label names
 * @param label the label as written
 * @param value the value on the same line, stripped; null when the line holds the label only
 * @param valueOffset where the value starts in the text
 */
public record LabelMatch(Veld field, String label, String value, int valueOffset) {}
