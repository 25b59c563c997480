package org.collectivehealing.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/information-release.dmn: release a recording now, delay it, or escalate (hit policy UNIQUE). */
class InformationReleaseDecisionTest extends DecisionTableTest {

  InformationReleaseDecisionTest() {
    super("information-release");
  }

  @ParameterizedTest(name = "[{index}] day {1}, interferes {2}, {3} -> {4}")
  @CsvSource(textBlock = """
      # rule,                           days, interferes, state, action,                    reasonMentions, reviewAfter
      CaliforniaNoInterference,         0,    false,      CA,    release-now,               7923.625,       P0D
      CaliforniaNoInterference,         200,  false,      CA,    release-now,               7923.625,       P0D
      CaliforniaInterferesWithin45Days, 0,    true,       CA,    delay-with-written-notice, 7923.625,       P45D
      CaliforniaInterferesWithin45Days, 10,   true,       CA,    delay-with-written-notice, in writing,     P35D
      CaliforniaInterferesWithin45Days, 44,   true,       CA,    delay-with-written-notice, 45 days,        P1D
      CaliforniaInterferesAfter45Days,  45,   true,       CA,    escalate,                  7923.625,       P30D
      CaliforniaInterferesAfter45Days,  365,  true,       CA,    escalate,                  one year,       P30D
      OtherStateNoInterference,         2,    false,      TX,    release-now,               policy,         P0D
      OtherStateNoInterference,         0,    false,      ,      release-now,               policy,         P0D
      OtherStateInterferesWithin45Days, 3,    true,       MN,    delay-with-written-notice, in writing,     P42D
      OtherStateInterferesWithin45Days, 0,    true,       SD,    delay-with-written-notice, policy,         P45D
      OtherStateInterferesAfter45Days,  75,   true,       LA,    escalate,                  command,        P30D
      """)
  void decidesRelease(String rule, int daysSinceIncident, boolean interferesWithInvestigation, String state,
      String action, String reasonMentions, String reviewAfter) {
    DmnDecisionResultEntries result = evaluate(rule, "daysSinceIncident", daysSinceIncident,
        "interferesWithInvestigation", interferesWithInvestigation, "state", state);

    assertThat(result.<String>getEntry("action")).isEqualTo(action);
    assertThat(result.<String>getEntry("reason")).contains(reasonMentions);
    assertThat(result.<String>getEntry("reviewAfter")).isEqualTo(reviewAfter);
  }
}
