package org.collectivehealing.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/wellness-path.dmn: wellness path of one involved or exposed officer (hit policy FIRST). */
class WellnessPathDecisionTest extends DecisionTableTest {

  WellnessPathDecisionTest() {
    super("wellness-path");
  }

  @ParameterizedTest(name = "[{index}] {1}, injured {2}, {3} prior -> {0}")
  @CsvSource(textBlock = """
      # rule,           involvement, injured, prior, clinicianMandatory, peerAssignment, groupDebrief, followUps
      RepeatedExposure, witness,     false,   2,     true,               same-day,       true,         'P7D,P14D,P30D,P90D,P180D'
      RepeatedExposure, shooter,     true,    5,     true,               same-day,       true,         'P7D,P14D,P30D,P90D,P180D'
      Shooter,          shooter,     false,   0,     true,               same-day,       true,         'P7D,P30D,P90D'
      Shooter,          shooter,     true,    1,     true,               same-day,       true,         'P7D,P30D,P90D'
      Injured,          on-scene,    true,    0,     true,               same-day,       true,         'P7D,P30D,P90D'
      Injured,          supervisor,  true,    1,     true,               same-day,       true,         'P7D,P30D,P90D'
      SecondExposure,   witness,     false,   1,     true,               within-24h,     true,         'P7D,P30D,P90D'
      AnyOtherExposure, witness,     false,   0,     false,              within-24h,     true,         'P7D,P30D,P90D'
      AnyOtherExposure, on-scene,    false,   0,     false,              within-24h,     true,         'P7D,P30D,P90D'
      AnyOtherExposure, supervisor,  false,   0,     false,              within-24h,     true,         'P7D,P30D,P90D'
      """)
  void decidesWellnessPath(String rule, String involvement, boolean injured, int priorIncidents12Months,
      boolean clinicianMandatory, String peerAssignment, boolean groupDebrief, String followUps) {
    DmnDecisionResultEntries result = evaluate(rule, "involvement", involvement, "injured", injured,
        "priorIncidents12Months", priorIncidents12Months);

    assertOutputs(result, "clinicianMandatory", clinicianMandatory, "peerAssignment", peerAssignment,
        "groupDebrief", groupDebrief, "followUps", followUps);
    for (String followUp : followUps.split(",")) {
      assertThat(Period.parse(followUp)).isPositive();
    }
  }
}
