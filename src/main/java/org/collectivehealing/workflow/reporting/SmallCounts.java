package org.collectivehealing.workflow.reporting;

/**
 * Leaves out counts from 1 up to one below the threshold (and medians of so few), so that a report shared
 * beyond the agency cannot point at one person; zero is shown, as it points at no one.
 */
record SmallCounts(int threshold) {

  ReportRow count(String section, String item, String label, String unit, long count) {
    boolean suppress = count > 0 && count < threshold;
    return new ReportRow(section, item, label, unit, suppress ? null : count, suppress);
  }

  ReportRow median(String section, String item, String label, String unit, Double median, int of) {
    boolean suppress = of > 0 && of < threshold;
    return new ReportRow(section, item, label, unit, suppress ? null : median, suppress);
  }
}
