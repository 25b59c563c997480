package org.collectivehealing.workflow.reporting;

import java.time.LocalDate;

/**
 * A quarter of the federal fiscal year, which runs from 1 October to 30 September and is named by the year it
 * ends in: fiscal year 2027 Q1 is October to December 2026.
 */
public record FiscalQuarter(int fiscalYear, int quarter) {

  public FiscalQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1, 2, 3 or 4 (Q1 is October to December), not " + quarter);
    }
    if (fiscalYear < 2000 || fiscalYear > 2200) {
      throw new IllegalArgumentException("fiscalYear must be a year such as 2027 (October 2026 to September 2027), "
          + "not " + fiscalYear);
    }
  }

  public static FiscalQuarter containing(LocalDate day) {
    int fiscalYear = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    int monthsIn = (day.getMonthValue() + 2) % 12;
    return new FiscalQuarter(fiscalYear, monthsIn / 3 + 1);
  }

  public LocalDate fiscalYearStart() {
    return LocalDate.of(fiscalYear - 1, 10, 1);
  }

  public LocalDate start() {
    return fiscalYearStart().plusMonths(3L * (quarter - 1));
  }

  /** The day after the quarter's last day. */
  public LocalDate end() {
    return start().plusMonths(3);
  }

  @Override
  public String toString() {
    return "FY" + fiscalYear + " Q" + quarter;
  }
}
