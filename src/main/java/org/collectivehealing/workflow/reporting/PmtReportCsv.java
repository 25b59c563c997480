package org.collectivehealing.workflow.reporting;

import java.util.List;

/** The report as CSV (RFC 4180), one row per category; the layout is in the README ("Reporting"). */
public final class PmtReportCsv {

  public static final String HEADER = "site,fiscal_year,quarter,period_start,period_end,section,item,label,unit,value,"
      + "suppressed";

  private PmtReportCsv() {
  }

  public static String write(String site, FiscalQuarter quarter, List<ReportRow> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ReportRow row : rows) {
      csv.append(String.join(",", site, String.valueOf(quarter.fiscalYear()), String.valueOf(quarter.quarter()),
          quarter.start().toString(), quarter.end().toString(), row.section(), row.item(), quoted(row.label()),
          row.unit(), row.value() == null ? "" : row.value().toString(), String.valueOf(row.suppressed())))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
