package org.collectivehealing.workflow.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.collectivehealing.workflow.security.AsTheSystem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quarterly OVC PMT export of one site, as CSV, for its victim-services supervisors and administrators.
 * Behind the /api login (RestAuthenticationConfiguration).
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Aggregate reports: counts only, never an individual")
public class PmtReportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final PmtQuarterlyReport report;
  private final ReportAccess access;
  private final AsTheSystem system;
  private final ReportingProperties properties;

  public PmtReportController(PmtQuarterlyReport report, ReportAccess access, AsTheSystem system,
      ReportingProperties properties) {
    this.report = report;
    this.access = access;
    this.system = system;
    this.properties = properties;
  }

  // No "produces": a refusal is then answered as problem+json whatever the caller accepts.
  @GetMapping("/ovc-pmt")
  @Operation(summary = "OVC PMT quarterly report of a site (CSV)", description = "Counts for the OVC Performance "
      + "Measurement Tool on the federal fiscal year (FY2027 Q1 is October to December 2026): individuals served "
      + "(new, continuing), demographics of new individuals, victimization types, special classifications, "
      + "services A-E, compensation applications assisted, and the site's local measures. One row per category "
      + "(zeros included); counts from 1 to suppressBelow - 1 are left out (value empty, suppressed true). "
      + "Columns: site, fiscal_year, quarter, period_start, period_end (exclusive), section, item, label, unit, "
      + "value, suppressed. Victim-services supervisors of the site and administrators only.")
  @ApiResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv",
      schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "400", description = "A parameter is missing or wrong",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "Neither a supervisor of the site nor an administrator",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<String> export(
      @Parameter(description = "the site's tenant id, e.g. houston") @RequestParam String site,
      @Parameter(description = "the federal fiscal year, named by the year it ends in") @RequestParam int fiscalYear,
      @Parameter(description = "1 to 4; Q1 is October to December") @RequestParam int quarter,
      @Parameter(description = "suppress counts below this (0: none); default chw.reporting.suppress-below")
      @RequestParam(required = false) Integer suppressBelow) {
    access.checkMayExport(site);
    FiscalQuarter period = period(fiscalYear, quarter);
    int threshold = suppressBelow == null ? properties.suppressBelow() : suppressBelow;
    if (threshold < 0 || threshold > 100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "suppressBelow must be 0 to 100, not " + threshold);
    }
    List<ReportRow> rows = system.run(() -> report.rows(site, period, threshold));
    String name = "ovc-pmt-" + site + "-FY" + fiscalYear + "-Q" + quarter + ".csv";
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(PmtReportCsv.write(site, period, rows));
  }

  private static FiscalQuarter period(int fiscalYear, int quarter) {
    try {
      return new FiscalQuarter(fiscalYear, quarter);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
