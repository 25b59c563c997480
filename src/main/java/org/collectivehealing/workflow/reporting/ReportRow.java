package org.collectivehealing.workflow.reporting;

/**
 * One line of the report: a count (or a median) of one category, never a person.
 *
 * @param value the count or median; null when suppressed or when there is nothing to take a median of
 * @param suppressed whether a small count (or a median of few) was left out
 */
public record ReportRow(String section, String item, String label, String unit, Number value,
    boolean suppressed) {
}
