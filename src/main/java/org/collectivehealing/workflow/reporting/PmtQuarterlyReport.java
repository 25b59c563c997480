package org.collectivehealing.workflow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.collectivehealing.workflow.reporting.PmtCatalogue.Dimension;
import org.collectivehealing.workflow.reporting.PmtRecords.Profile;
import org.springframework.stereotype.Component;

/**
 * The OVC PMT quarterly counts of one site (README, "Reporting", for the layout). A victim is served in a quarter
 * when an advocate recorded a service given that quarter; new in the first quarter of the fiscal year in which
 * that happens, and continuing in its later quarters (a case from an earlier fiscal year is new again once in the
 * next). Demographics count new victims only; victimization types, special classifications and services every
 * victim served. Beside them, the local measures ({@link LocalMeasures}).
 */
@Component
public class PmtQuarterlyReport {

  private static final String INDIVIDUALS = "individuals";

  private final PmtRecords records;
  private final LocalMeasures localMeasures;

  public PmtQuarterlyReport(PmtRecords records, LocalMeasures localMeasures) {
    this.records = records;
    this.localMeasures = localMeasures;
  }

  public List<ReportRow> rows(String site, FiscalQuarter quarter, int suppressBelow) {
    SmallCounts counts = new SmallCounts(suppressBelow);
    Map<String, LocalDate> served = records.servedWithFirstDay(site, quarter.fiscalYearStart(), quarter.start(),
        quarter.end());
    Set<String> newVictims = new HashSet<>();
    served.forEach((caseId, firstDay) -> {
      if (!firstDay.isBefore(quarter.start())) {
        newVictims.add(caseId);
      }
    });
    Map<String, Profile> profiles = records.profilesOfServed(site, quarter.start(), quarter.end());

    List<ReportRow> rows = new ArrayList<>();
    rows.add(counts.count("victims-served", "new", "New individuals served (first time this fiscal year)",
        INDIVIDUALS, newVictims.size()));
    rows.add(counts.count("victims-served", "continuing", "Continuing individuals served", INDIVIDUALS,
        served.size() - newVictims.size()));
    rows.add(counts.count("victims-served", "total", "Individuals served", INDIVIDUALS, served.size()));
    for (Dimension dimension : PmtCatalogue.PROFILE) {
      rows.addAll(tally(counts, dimension, newVictims, profiles,
          profile -> List.of(profile.values().getOrDefault(dimension.field(), PmtCatalogue.NOT_REPORTED))));
    }
    for (Dimension dimension : PmtCatalogue.PROFILE_LISTS) {
      rows.addAll(tally(counts, dimension, served.keySet(), profiles,
          profile -> profile.lists().getOrDefault(dimension.field(), List.of())));
    }
    Map<String, Long> services = records.servicesGiven(site, quarter.start(), quarter.end());
    PmtCatalogue.SERVICE.categories().forEach((service, label) -> rows.add(
        counts.count(PmtCatalogue.SERVICE.section(), service, label, INDIVIDUALS, services.getOrDefault(service, 0L))));
    rows.addAll(localMeasures.rows(site, quarter, counts));
    return rows;
  }

  /** One row per category of the dimension: how many of the victims have it (no profile: not reported). */
  private static List<ReportRow> tally(SmallCounts counts, Dimension dimension, Set<String> victims,
      Map<String, Profile> profiles, Function<Profile, List<String>> categoriesOf) {
    Map<String, Long> tally = new HashMap<>();
    for (String victim : victims) {
      Profile profile = profiles.get(victim);
      List<String> categories = profile == null ? List.of(PmtCatalogue.NOT_REPORTED) : categoriesOf.apply(profile);
      categories.stream().distinct().forEach(category -> tally.merge(category, 1L, Long::sum));
    }
    List<ReportRow> rows = new ArrayList<>();
    dimension.categories().forEach((category, label) -> rows.add(
        counts.count(dimension.section(), category, label, INDIVIDUALS, tally.getOrDefault(category, 0L))));
    return rows;
  }
}
