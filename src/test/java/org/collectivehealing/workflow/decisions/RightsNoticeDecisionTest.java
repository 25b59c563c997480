package org.collectivehealing.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/rights-notice.dmn: deadline and form of the victims'-rights notice by state (hit policy UNIQUE). */
class RightsNoticeDecisionTest extends DecisionTableTest {

  RightsNoticeDecisionTest() {
    super("rights-notice");
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2}")
  @CsvSource(textBlock = """
      # rule,        state, deadline, noticeFormMentions,                 confidential
      Minnesota,     MN,    PT4H,     Minnesota,                          false
      Texas,         TX,    PT4H,     Texas,                              false
      Louisiana,     LA,    PT4H,     Louisiana victim notice and registration form, true
      California,    CA,    PT4H,     California,                         false
      SouthDakota,   SD,    PT24H,    South Dakota,                       false
      AnyOtherState, NY,    PT72H,    rights notice,                      false
      AnyOtherState, other, PT72H,    rights notice,                      false
      AnyOtherState, mn,    PT72H,    rights notice,                      false
      AnyOtherState,  ,     PT72H,    rights notice,                      false
      """)
  void decidesDeadlineAndForm(String rule, String state, String deadline, String noticeFormMentions,
      boolean confidential) {
    DmnDecisionResultEntries result = evaluate(rule, "state", state);

    assertThat(result.<String>getEntry("deadline")).isEqualTo(deadline);
    assertThat(Duration.parse(result.<String>getEntry("deadline"))).isPositive();
    assertThat(result.<String>getEntry("noticeForm")).contains(noticeFormMentions);
    assertThat(result.<Object>getEntry("confidential")).isEqualTo(confidential);
  }
}
