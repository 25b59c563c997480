package org.collectivehealing.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.collectivehealing.workflow.startup.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in processes/ and forms/ as one deployment, so that a {@code camunda:formRef} with
 * binding {@code deployment} always finds its form. Resource names are the repository paths
 * ({@code processes/incident-response.bpmn}), the same whether the application runs from a jar or from
 * target/classes, so an unchanged model set deploys nothing and a changed one deploys every file anew.
 */
@Component
@Order(100)
public class DeployModelsStep implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DeployModelsStep.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final ModelDeploymentProperties properties;

  public DeployModelsStep(RepositoryService repositoryService, ResourcePatternResolver resolver,
      ModelDeploymentProperties properties) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.properties = properties;
  }

  @Override
  public void run() {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(properties.name())
        .source(properties.source())
        .enableDuplicateFiltering(false);
    int count = 0;
    for (String folder : properties.folders()) {
      for (String extension : properties.extensions()) {
        for (Resource resource : resources(folder, extension)) {
          builder.addInputStream(nameOf(folder, resource), new ByteArrayInputStream(read(resource)));
          count++;
        }
      }
    }
    if (count == 0) {
      throw new IllegalStateException("No model found under " + properties.folders() + " on the classpath");
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean unchanged = deployment.getDeployedProcessDefinitions() == null;
    LOG.info("Models: {} files {} deployment {}", count, unchanged ? "unchanged since" : "deployed as",
        deployment.getId());
  }

  private Resource[] resources(String folder, String extension) {
    try {
      return resolver.getResources("classpath*:" + folder + "/**/*." + extension);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + " on the classpath", e);
    }
  }

  /** The path below the classpath folder, prefixed with the folder: stable across jar and file system. */
  static String nameOf(String folder, Resource resource) {
    try {
      String url = resource.getURL().toString();
      int start = url.lastIndexOf("/" + folder + "/");
      return url.substring(start + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot name " + resource, e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
