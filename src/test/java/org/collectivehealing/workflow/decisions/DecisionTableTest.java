package org.collectivehealing.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * A table-driven test of one decision table of processes/: the subclass holds the rows and their outputs, this
 * class the checks every table gets. One instance per class, so that the table is loaded once, every row records
 * its rule in the same table and the check after all rows can read them.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class DecisionTableTest {

  private final DecisionTableUnderTest table;

  DecisionTableTest(String decisionKey) {
    this.table = DecisionTableUnderTest.load(decisionKey);
  }

  /** See {@link DecisionTableUnderTest#evaluate}: exactly the expected rule decides; its single result. */
  DmnDecisionResultEntries evaluate(String expectedRule, Object... namesAndValues) {
    return table.evaluate(expectedRule, namesAndValues);
  }

  /** Each named output equals its expected value (name, value, name, value, ...), checked in order. */
  static void assertOutputs(DmnDecisionResultEntries result, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      assertThat(result.<Object>getEntry(name)).as("output %s", name).isEqualTo(namesAndValues[i + 1]);
    }
  }

  @Test
  void tableIsDocumented() {
    table.assertDocumented();
  }

  @AfterAll
  void rowsHitEveryRule() {
    table.assertEveryRuleMatched();
  }
}
