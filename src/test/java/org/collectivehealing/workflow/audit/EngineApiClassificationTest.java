package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.junit.jupiter.api.Test;

/**
 * The read audit fails closed only if every resource method of the engine's REST API is classified: this walks
 * every one reachable from the root resources of the REST API and of the webapps' engine API.
 */
class EngineApiClassificationTest {

  static final List<EngineApiMethod> REST = EngineApiMethods.of(CamundaRestResources.getResourceClasses());
  static final List<EngineApiMethod> WEBAPP = EngineApiMethods.of(new EngineRestApplication().getClasses());

  @Test
  void everyResourceMethodOfBothDoorsIsClassified() {
    Set<EngineApiMethod> all = new HashSet<>(REST);
    all.addAll(WEBAPP);
    List<String> unclassified = all.stream().filter(m -> EngineApiClassification.of(m).isEmpty())
        .map(EngineApiMethod::toString).sorted().toList();
    assertThat(unclassified).as("resource methods the read audit has no classification for").isEmpty();

    Map<Disclosure, Long> byDisclosure = all.stream().collect(Collectors.groupingBy(
        m -> EngineApiClassification.of(m).orElseThrow(), Collectors.counting()));
    long none = byDisclosure.getOrDefault(Disclosure.NONE, 0L);
    System.out.printf("Engine REST API: %d resource methods (%d at %s, %d at the webapps' engine API),"
            + " %d classified as disclosing variables (%d of them refused as unauditable), %d as not; %s%n",
        all.size(), REST.size(), "/engine-rest", WEBAPP.size(), all.size() - none,
        byDisclosure.getOrDefault(Disclosure.UNAUDITABLE, 0L), none, byDisclosure);
  }

  @Test
  void everyClassificationNamesAResourceMethod() {
    Set<String> served = REST.stream().map(m -> EngineApiClassification.key(m.httpMethod(),
        m.template().withoutEnginePrefix())).collect(Collectors.toSet());
    assertThat(EngineApiClassification.entries()).as("classified methods the API does not have")
        .isSubsetOf(served);
  }

  @Test
  void theWebappsServeTheNamedEnginesMethodsOfTheRestApi() {
    assertThat(WEBAPP).isNotEmpty().allSatisfy(method -> assertThat(method.template().toString())
        .matches("/engine(/\\{name}/.*)?"));
    assertThat(REST).containsAll(WEBAPP);
  }
}
