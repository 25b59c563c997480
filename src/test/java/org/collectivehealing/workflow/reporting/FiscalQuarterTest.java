package org.collectivehealing.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The federal fiscal year: 1 October to 30 September, named by the year it ends in. */
class FiscalQuarterTest {

  @Test
  void quartersRunFromOctober() {
    FiscalQuarter q1 = new FiscalQuarter(2027, 1);
    assertThat(q1.fiscalYearStart()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(new FiscalQuarter(2027, 4).start()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(new FiscalQuarter(2027, 4).end()).isEqualTo(LocalDate.of(2027, 10, 1));
  }

  @Test
  void eachDayBelongsToOneQuarter() {
    assertThat(FiscalQuarter.containing(LocalDate.of(2026, 9, 30))).isEqualTo(new FiscalQuarter(2026, 4));
    assertThat(FiscalQuarter.containing(LocalDate.of(2026, 10, 1))).isEqualTo(new FiscalQuarter(2027, 1));
    assertThat(FiscalQuarter.containing(LocalDate.of(2026, 12, 31))).isEqualTo(new FiscalQuarter(2027, 1));
    assertThat(FiscalQuarter.containing(LocalDate.of(2027, 1, 1))).isEqualTo(new FiscalQuarter(2027, 2));
    assertThat(FiscalQuarter.containing(LocalDate.of(2027, 6, 12))).isEqualTo(new FiscalQuarter(2027, 3));
    for (LocalDate day = LocalDate.of(2026, 10, 1); day.isBefore(LocalDate.of(2027, 10, 1)); day = day.plusDays(1)) {
      FiscalQuarter quarter = FiscalQuarter.containing(day);
      assertThat(day).isAfterOrEqualTo(quarter.start()).isBefore(quarter.end());
    }
  }

  @Test
  void aQuarterOutsideOneToFourOrAYearWithoutCenturyIsRefused() {
    assertThatThrownBy(() -> new FiscalQuarter(2027, 0)).hasMessageContaining("quarter must be 1, 2, 3 or 4");
    assertThatThrownBy(() -> new FiscalQuarter(27, 1)).hasMessageContaining("fiscalYear must be a year");
  }
}
