package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.EnumMap;
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

    Map<Disclosure, Long> byDisclosure = countByDisclosure(all);
    // the same methods once, whichever prefix (none or /engine/{name}) serves them
    Map<Disclosure, Long> distinct = countByDisclosure(all.stream()
        .map(m -> new EngineApiMethod(m.httpMethod(), m.template().withoutEnginePrefix())).distinct().toList());
    System.out.printf("Engine REST API: %d resource methods (%d at /engine-rest, %d at the webapps' engine API),"
            + " %d distinct without the /engine/{name} prefix. Disclosing variables: %d (%d distinct, of which %d"
            + " refused as unauditable); not disclosing: %d (%d distinct). Distinct by disclosure: %s%n",
        all.size(), REST.size(), WEBAPP.size(), total(distinct), total(byDisclosure) - none(byDisclosure),
        total(distinct) - none(distinct), distinct.getOrDefault(Disclosure.UNAUDITABLE, 0L), none(byDisclosure),
        none(distinct), distinct);
  }

  private static Map<Disclosure, Long> countByDisclosure(Collection<EngineApiMethod> methods) {
    return methods.stream().collect(Collectors.groupingBy(m -> EngineApiClassification.of(m).orElseThrow(),
        () -> new EnumMap<>(Disclosure.class), Collectors.counting()));
  }

  private static long total(Map<Disclosure, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long none(Map<Disclosure, Long> counts) {
    return counts.getOrDefault(Disclosure.NONE, 0L);
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
