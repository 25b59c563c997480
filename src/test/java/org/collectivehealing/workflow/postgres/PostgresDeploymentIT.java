package org.collectivehealing.workflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.casenumber.CaseNumbers;
import org.collectivehealing.workflow.casenumber.CaseNumbersTest;
import org.collectivehealing.workflow.deployment.DeployModelsStep;
import org.collectivehealing.workflow.deployment.ModelDeploymentProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The application on a real PostgreSQL: schema, deployment and identities, on first and later starts. */
class PostgresDeploymentIT {

  @Test
  void restartWithUnchangedModelsDeploysNothingAndAnEditedModelDeploysNewVersions() throws IOException {
    TestPostgres.Database database = TestPostgres.newDatabase();
    Snapshot first;
    try (ConfigurableApplicationContext node = PostgresNodes.start(database)) {
      first = Snapshot.of(node);
      RepositoryService repository = node.getBean(RepositoryService.class);
      assertThat(first.deployments).isEqualTo(1);
      assertThat(repository.createDeploymentQuery().singleResult().getName()).isEqualTo("collective-healing");
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
      assertThat(node.getBean(ProcessEngine.class).getProcessEngineConfiguration().getDatabaseType())
          .isEqualTo("postgres");
    }

    try (ConfigurableApplicationContext node = PostgresNodes.start(database)) {
      assertThat(Snapshot.of(node)).isEqualTo(first);

      // a designer edits one model: the next deployment carries every file, as new versions
      RepositoryService repository = node.getBean(RepositoryService.class);
      deployFrom(editedCopyOfModels(), repository, node.getBean(ModelDeploymentProperties.class));
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getVersionTag()).isEqualTo("edited");
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getVersion()).isEqualTo(2);
      List<String> names = repository.getDeploymentResourceNames(repository.createDeploymentQuery()
          .orderByDeploymentTime().desc().list().get(0).getId());
      assertThat(names).contains("processes/incident-response.bpmn", "processes/activation-level.dmn",
          "forms/incident-response/report-incident.form").hasSize((int) modelFileCount());
      assertThat(names).allSatisfy(name -> assertThat(name).matches("(processes|forms)/.+\\.(bpmn|dmn|form)"));
    }
  }

  /** The repository's processes/ and forms/ copied to a folder, with one model edited. */
  private static Path editedCopyOfModels() throws IOException {
    Path root = Files.createTempDirectory("edited-models");
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.createDirectories(root.resolve(file).getParent());
          Files.copy(file, root.resolve(file));
        }
      }
    }
    Path model = root.resolve("processes/incident-response.bpmn");
    Files.writeString(model, Files.readString(model).replaceFirst("camunda:versionTag=\"[^\"]*\"",
        "camunda:versionTag=\"edited\""));
    return root;
  }

  private static long modelFileCount() throws IOException {
    try (Stream<Path> processes = Files.walk(Path.of("processes")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
      return Stream.concat(processes, forms).filter(p -> p.toString().matches(".+\\.(bpmn|dmn|form)")).count();
    }
  }

  private static void deployFrom(Path root, RepositoryService repository, ModelDeploymentProperties properties)
      throws IOException {
    try (URLClassLoader classpath = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      new DeployModelsStep(repository, new PathMatchingResourcePatternResolver(classpath), properties).run();
    }
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRealDeploymentHasSitesAgenciesAndItsAdministratorButNoDemoUsers(CapturedOutput output) {
    try (ConfigurableApplicationContext node = PostgresNodes.start(TestPostgres.newDatabase())) {
      assertThat(output.getOut()).as("the operator is told it is ready, and where to go")
          .contains("Collective Healing Workflow is ready").contains("/camunda/app/admin/")
          .as("a lone node has no one to wait for").doesNotContain("Another node is starting");
      IdentityService identity = node.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(PostgresNodes.ADMIN_ID);
      assertThat(identity.checkPassword(PostgresNodes.ADMIN_ID, PostgresNodes.ADMIN_PASSWORD)).isTrue();
      assertThat(identity.createGroupQuery().groupMember(PostgresNodes.ADMIN_ID).singleResult().getId())
          .isEqualTo("camunda-admin");
      assertThat(identity.createTenantQuery().list()).extracting("id")
          .containsExactlyInAnyOrder("baton-rouge", "houston", "minneapolis", "oakland", "rapid-city");
      assertThat(identity.createGroupQuery().list()).extracting("id").containsExactlyInAnyOrder("command",
          "police", "victim-services", "community-partners", "wellness", "camunda-admin", "on-call",
          "victim-services-supervisors");

      // the administrator's typo in a new caseworker's password: a refusal that says why, and no account
      Http http = new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")),
          user -> PostgresNodes.ADMIN_PASSWORD);
      java.net.http.HttpResponse<String> weak = http.postJson("/engine-rest/user/create", PostgresNodes.ADMIN_ID,
          "{\"profile\":{\"id\":\"advocate-new\",\"firstName\":\"Ana\",\"lastName\":\"Reyes\"},"
              + "\"credentials\":{\"password\":\"short\"}}");
      assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
      assertThat(weak.body()).contains("PasswordPolicyException", "does not match the password policy",
          "/identity/password-policy");
      assertThat(identity.createUserQuery().userId("advocate-new").count()).isZero();
    }
  }

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpWithOneOfEverything() throws Exception {
    TestPostgres.Database database = TestPostgres.newDatabase();
    // Spring Boot sets up logging per JVM, not per application, and two set-ups at once trip over each
    // other; the second node therefore starts once the first has passed that point, and everything that
    // touches the database (schema, deployment, identities) still runs on both at the same time.
    CountDownLatch firstNodeLogging = new CountDownLatch(1);
    CompletableFuture<ConfigurableApplicationContext> nodeA = CompletableFuture.supplyAsync(
        () -> PostgresNodes.application()
            .listeners((ApplicationListener<ApplicationContextInitializedEvent>) e -> firstNodeLogging.countDown())
            .run(PostgresNodes.arguments(database)));
    assertThat(firstNodeLogging.await(2, TimeUnit.MINUTES)).isTrue();
    CompletableFuture<ConfigurableApplicationContext> nodeB = CompletableFuture.supplyAsync(
        () -> PostgresNodes.start(database));
    try (ConfigurableApplicationContext a = nodeA.get(3, TimeUnit.MINUTES);
        ConfigurableApplicationContext b = nodeB.get(3, TimeUnit.MINUTES)) {
      Snapshot seenByA = Snapshot.of(a);
      assertThat(seenByA.deployments).isEqualTo(1);
      assertThat(seenByA.users).isEqualTo(1);
      assertThat(Snapshot.of(b)).isEqualTo(seenByA);

      TestPostgres.Database reference = TestPostgres.newDatabase();
      try (ConfigurableApplicationContext single = PostgresNodes.start(reference)) {
        assertThat(Snapshot.of(single)).as("the same as one node alone").isEqualTo(seenByA);
      }
    }
  }

  @Test
  void twoNodesHandOutCaseNumbersWithoutEverRepeatingOne() throws Exception {
    TestPostgres.Database database = TestPostgres.newDatabase();
    try (ConfigurableApplicationContext a = PostgresNodes.start(database);
        ConfigurableApplicationContext b = PostgresNodes.start(database)) {
      CaseNumbers nodeA = a.getBean(CaseNumbers.class);
      CaseNumbers nodeB = b.getBean(CaseNumbers.class);
      CaseNumbersTest.assertUniqueUnderConcurrency(call -> (call % 2 == 0 ? nodeA : nodeB).next("houston"), 8, 25);
    }
  }

  @Test
  void aWeakAdministratorPasswordIsRefusedWithTheRuleItBreaks() {
    assertThatThrownBy(() -> PostgresNodes.start(TestPostgres.newDatabase(), "CHW_ADMIN_PASSWORD=short"))
        .hasMessageContaining("CHW_ADMIN_PASSWORD does not meet the password policy")
        .hasMessageContaining("LENGTH");
  }

  /** What start-up creates, counted. */
  record Snapshot(long deployments, long definitions, long users, long groups, long tenants, long memberships,
      long authorizations, long filters) {

    static Snapshot of(ConfigurableApplicationContext node) {
      RepositoryService repository = node.getBean(RepositoryService.class);
      IdentityService identity = node.getBean(IdentityService.class);
      return new Snapshot(repository.createDeploymentQuery().count(),
          repository.createProcessDefinitionQuery().count(),
          identity.createUserQuery().count(),
          identity.createGroupQuery().count(),
          identity.createTenantQuery().count(),
          identity.createUserQuery().memberOfGroup("camunda-admin").count(),
          node.getBean(AuthorizationService.class).createAuthorizationQuery().count(),
          node.getBean(FilterService.class).createFilterQuery().count());
    }
  }
}
