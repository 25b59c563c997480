package org.collectivehealing.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CollectiveHealingApplication {

  public static void main(String[] args) {
    SpringApplication.run(CollectiveHealingApplication.class, args);
  }
}
