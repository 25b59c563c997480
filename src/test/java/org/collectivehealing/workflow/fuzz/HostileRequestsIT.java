package org.collectivehealing.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes every door (issue 9): some 2,500 malformed or hostile requests, from a seeded generator, over HTTP
 * against the application on PostgreSQL with real cases at two sites, across every group of endpoints. Every
 * answer is judged ({@link ResponseJudge}); after every refused write the database must be as it was
 * ({@link StateSnapshot}). It prints its counts and lists every offending request in the failure and in
 * target/fuzz-failures.txt.
 */
class HostileRequestsIT {

  static final long SEED = 9L;

  static ConfigurableApplicationContext node;
  static int port;
  static Http http;
  static ProcessEngine engine;
  static DataSource dataSource;
  static FuzzTargets targets;
  static final Map<String, Http> webappSessions = new HashMap<>();
  static Http strangerBrowser;

  @BeforeAll
  static void startWithCasesAtTwoSites() {
    node = PostgresNodes.start(TestPostgres.newDatabase());
    port = node.getEnvironment().getProperty("local.server.port", Integer.class);
    engine = node.getBean(ProcessEngine.class);
    dataSource = node.getBean(DataSource.class);
    http = new Http(port, HostileRequestsIT::password);
    IdentityService identity = engine.getIdentityService();
    Map<String, SiteCases> sites = new LinkedHashMap<>();
    for (String site : FuzzTargets.SITES) {
      for (String agency : FuzzTargets.AGENCIES) {
        createUser(identity, CaseOpener.user(agency, site), password(CaseOpener.user(agency, site)), agency, site);
      }
    }
    createUser(identity, Caller.WRONG_PASSWORD.user(), "Decoy-Passw0rd-Right!", "police", "houston");
    CaseOpener opener = new CaseOpener(engine, dataSource, http);
    FuzzTargets.SITES.forEach(site -> sites.put(site, opener.open(site)));
    targets = new FuzzTargets(sites, SEED);
    for (Caller caseworker : targets.caseworkers) {
      Http session = new Http(port, HostileRequestsIT::password);
      assertThat(session.webappLogin("tasklist", caseworker.user(), password(caseworker.user())).statusCode())
          .as("Tasklist login of " + caseworker.user()).isEqualTo(200);
      // as Tasklist does after its login: a first read, which hands the session its XSRF token
      session.get("/camunda/api/engine/engine/default/user/" + caseworker.user() + "/profile", null);
      webappSessions.put(caseworker.user(), session);
    }
    strangerBrowser = new Http(port, HostileRequestsIT::password);
    strangerBrowser.get("/camunda/app/tasklist/", null);
    awaitQuiet();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void noHostileRequestGetsA5xxAnUnclearRefusalALeakOrAChange() throws IOException {
    List<HostileRequest> queries = QueryRequests.generate(targets);
    List<HostileRequest> api = ApiRequests.generate(targets);
    List<HostileRequest> writes = new ArrayList<>();
    writes.addAll(CommentRequests.generate(targets));
    writes.addAll(MessageRequests.generate(targets));
    writes.addAll(JobRequests.generate(targets));
    writes.addAll(VariableWriteRequests.generate(targets));
    writes.addAll(StartRequests.generate(targets));
    writes.addAll(CompletionRequests.generate(targets));
    List<HostileRequest> engineRest = new ArrayList<>(queries);
    engineRest.addAll(writes);
    // reads first, then writes, the task-ending ones last, so that every request meets the cases it aims at
    List<HostileRequest> requests = new ArrayList<>(queries);
    requests.addAll(api);
    requests.addAll(WebappRequests.sample(targets, engineRest));
    requests.addAll(writes);
    requests.addAll(CompletionRequests.finale(targets));

    FuzzReport report = run(requests);
    System.out.println("\n" + report.counts());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-failures.txt"), report.counts() + "\n"
        + String.join("\n", report.failures()) + "\n");
    assertThat(report.requests()).as("hostile requests sent").isGreaterThanOrEqualTo(2000);
    assertThat(report.failures()).as(report.failures().size() + " offending requests (also in "
        + "target/fuzz-failures.txt):\n" + String.join("\n", report.failures()) + "\n").isEmpty();
  }

  private FuzzReport run(List<HostileRequest> requests) {
    ResponseJudge judge = new ResponseJudge(targets, engine);
    FuzzReport report = new FuzzReport();
    StateSnapshot before = StateSnapshot.take(dataSource);
    for (HostileRequest request : requests) {
      Answer answer = send(request);
      report.count(request, answer);
      judge.judge(request, answer).forEach(problem -> report.fail(request, answer, problem));
      if (!request.write()) {
        continue;
      }
      if (answer.status() >= 400 || request.expect() == HostileRequest.Expect.NO_EFFECT) {
        StateSnapshot after = StateSnapshot.take(dataSource);
        List<String> changes = after.changesSince(before);
        report.refusedWriteChecked();
        if (!changes.isEmpty()) {
          report.fail(request, answer, (answer.status() >= 400 ? "refused" : "accepted") + " write changed state: " + String.join("; ",
              changes.subList(0, Math.min(6, changes.size()))) + (changes.size() > 6 ? "; …" : ""));
        }
        before = after;
      } else {
        awaitQuiet();
        before = StateSnapshot.take(dataSource);
      }
    }
    return report;
  }

  private Answer send(HostileRequest request) {
    String user = request.caller().user();
    return switch (request.transport()) {
      case REST -> Answer.of(http.send(request.method(), request.path(), user, request.contentType(),
          request.body()));
      case RAW_SOCKET -> Answer.of(http.raw(request.method(), request.path(), user, request.contentType(),
          request.body()));
      case WEBAPP -> Answer.of(webappSessions.getOrDefault(user, strangerBrowser).send(request.method(),
          request.path(), null, request.contentType(), request.body()));
    };
  }

  /** Lets the job executor finish what an accepted request set off, so that it is not blamed on the next. */
  private static void awaitQuiet() {
    for (int attempt = 0; attempt < 50
        && engine.getManagementService().createJobQuery().executable().count() > 0; attempt++) {
      CaseOpener.pause(100);
    }
  }

  private static void createUser(IdentityService identity, String id, String password, String agency,
      String site) {
    User user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, agency);
    identity.createTenantUserMembership(site, id);
  }

  static String password(String user) {
    if (user.equals(PostgresNodes.ADMIN_ID)) {
      return PostgresNodes.ADMIN_PASSWORD;
    }
    if (user.equals(Caller.UNKNOWN_USER.user()) || user.equals(Caller.WRONG_PASSWORD.user())) {
      return "Wrong-Passw0rd!";
    }
    // the password policy refuses passwords that contain the user id
    return "Fuzz-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
