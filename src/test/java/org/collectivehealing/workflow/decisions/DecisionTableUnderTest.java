package org.collectivehealing.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table of processes/, evaluated by the plain DMN engine as Camunda 7 evaluates it, remembering
 * which rules matched so that a table-driven test can prove its rows reach every rule.
 */
final class DecisionTableUnderTest {

  private final String decisionKey;
  private final DmnModelInstance model;
  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Set<String> matchedRuleIds = new LinkedHashSet<>();
  private List<String> lastMatchedRuleIds = List.of();

  private DecisionTableUnderTest(String decisionKey) {
    this.decisionKey = decisionKey;
    this.model = readModel("processes/" + decisionKey + ".dmn");
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(this::recordMatchedRules));
    this.engine = configuration.buildEngine();
    this.decision = engine.parseDecision(decisionKey, model);
  }

  /** Loads processes/{decisionKey}.dmn from the classpath; the decision's key is the file's name. */
  static DecisionTableUnderTest load(String decisionKey) {
    return new DecisionTableUnderTest(decisionKey);
  }

  /**
   * Evaluates the table with the given variables (name, value, name, value, ...), asserts that exactly the
   * expected rule (its id without the "Rule_" prefix) decided, and returns the single result.
   */
  synchronized DmnDecisionResultEntries evaluate(String expectedRule, Object... namesAndValues) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    assertThat(lastMatchedRuleIds).as("rules of %s that decided", decisionKey).containsExactly("Rule_" + expectedRule);
    assertThat(result).as("results of %s", decisionKey).hasSize(1);
    return result.getSingleResult();
  }

  /** Every rule of the table was the deciding rule of at least one evaluation. */
  void assertEveryRuleMatched() {
    assertThat(matchedRuleIds).as("rules of %s hit by the test rows", decisionKey)
        .containsExactlyInAnyOrderElementsOf(ruleIds());
  }

  /** The conventions of the contract: history time to live, a description naming the hit policy, annotated rules. */
  void assertDocumented() {
    Decision decisionElement = model.getModelElementById(decisionKey);
    assertThat(decisionElement).as("decision %s", decisionKey).isNotNull();
    assertThat(decisionElement.getName()).as("name of %s", decisionKey).isNotBlank();
    assertThat(decisionElement.getCamundaHistoryTimeToLiveString()).as("history time to live of %s", decisionKey)
        .isNotBlank();
    DecisionTable table = (DecisionTable) decisionElement.getExpression();
    assertThat(decisionElement.getDescription()).as("description of %s", decisionKey).isNotNull();
    assertThat(decisionElement.getDescription().getTextContent()).as("description of %s", decisionKey)
        .contains("Hit policy " + table.getHitPolicy().name());
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("annotation of %s", rule.getId()).isNotBlank();
    }
  }

  private List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      ids.add(rule.getId());
    }
    return ids;
  }

  private void recordMatchedRules(DmnDecisionTableEvaluationEvent event) {
    List<String> ids = new ArrayList<>();
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      ids.add(rule.getId());
    }
    lastMatchedRuleIds = ids;
    matchedRuleIds.addAll(ids);
  }

  private static DmnModelInstance readModel(String resource) {
    try (InputStream in = DecisionTableUnderTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
