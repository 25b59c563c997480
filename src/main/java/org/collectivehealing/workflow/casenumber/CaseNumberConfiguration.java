package org.collectivehealing.workflow.casenumber;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CaseNumberConfiguration {

  @Bean
  public CaseNumbers caseNumbers(ProcessEngineConfigurationImpl engine, IdentityProperties identity) {
    Map<String, String> codes = identity.sites().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, site -> site.getValue().code()));
    return new CaseNumbers(engine, codes);
  }
}
