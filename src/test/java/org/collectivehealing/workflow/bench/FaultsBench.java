package org.collectivehealing.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.collectivehealing.workflow.quickstart.DemoQuickStartTest;
import org.junit.jupiter.api.Test;

/**
 * The surge under faults (README, "Benchmark"): two nodes on one PostgreSQL take lists for one incident at
 * once; one node is killed with SIGKILL mid-surge, then PostgreSQL itself restarts. Senders do what a client
 * of the intake must: on no answer, a 5xx or a 409 conflict, send the same list again with the same
 * Idempotency-Key, to whichever node answers. Afterwards every victim has exactly one case, with exactly one
 * first task, numbered without gaps, and every list is recorded once.
 *
 * <p>Needs the local PostgreSQL cluster that .ci/run starts (pg_ctlcluster), as the restart is real.
 */
class FaultsBench {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int LISTS = Integer.getInteger("bench.fault.lists", 20);
  static final int PER_LIST = Integer.getInteger("bench.fault.victims", 50);
  static final Path OUT = Path.of("target", "bench");

  @Test
  void noCaseIsLostOrOpenedTwiceWhenANodeDiesAndTheDatabaseRestarts() throws Exception {
    Files.createDirectories(OUT);
    TestPostgres.Database database = TestPostgres.newDatabase();
    List<String> jvm = SurgeBench.JVM;
    NodeProcess one = NodeProcess.start(database, jvm, OUT.resolve("fault-node-1.log"));
    NodeProcess two = NodeProcess.start(database, jvm, OUT.resolve("fault-node-2.log"));
    List<String> report = new ArrayList<>();
    try {
      Http[] nodes = {new Http(one.port, SurgeBench::password), new Http(two.port, SurgeBench::password)};
      SurgeBench.createUser(nodes[0], "commander-houston", "command", "houston");
      SurgeBench.createUser(nodes[0], "officer-houston", "police", "houston");
      HttpResponse<String> started = nodes[0].postJson("/engine-rest/process-definition/key/incident-response/start",
          "commander-houston", DemoQuickStartTest.report(null));
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String incident = JSON.readTree(started.body()).path("businessKey").asText();

      AtomicInteger accepted = new AtomicInteger();
      AtomicInteger retries = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      boolean[] oneAlive = {true};
      ExecutorService senders = Executors.newFixedThreadPool(4);
      List<Future<?>> work = new ArrayList<>();
      for (int l = 0; l < LISTS; l++) {
        int listNumber = l;
        work.add(senders.submit(() -> {
          String body = list(listNumber);
          String key = "fault-list-" + listNumber;
          for (int attempt = 0; attempt < 200; attempt++) {
            Http node = nodes[(listNumber + attempt) % 2 == 0 && oneAlive[0] ? 0 : 1];
            try {
              HttpResponse<String> answer = node.send("POST", "/api/incidents/" + incident + "/victims",
                  "officer-houston", "application/json", body, Map.of("Idempotency-Key", key));
              if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                accepted.incrementAndGet();
                return null;
              }
              if (answer.statusCode() < 500 && answer.statusCode() != 409) {
                failures.add(key + ": " + answer.statusCode() + " " + answer.body());
                return null;
              }
            } catch (RuntimeException e) {
              // no answer: the node died or the database went away; send it again
            }
            retries.incrementAndGet();
            Thread.sleep(250);
          }
          failures.add(key + ": no answer after 200 attempts");
          return null;
        }));
      }
      awaitAccepted(accepted, LISTS / 4);
      one.kill();
      oneAlive[0] = false;
      report.add("node 1 killed (SIGKILL) after " + accepted.get() + " of " + LISTS + " lists were accepted");
      awaitAccepted(accepted, LISTS / 2);
      restartPostgres();
      report.add("PostgreSQL restarted after " + accepted.get() + " of " + LISTS + " lists were accepted");
      for (Future<?> done : work) {
        done.get();
      }
      senders.shutdown();
      assertThat(failures).as("lists refused for good").isEmpty();
      report.add(retries.get() + " sends were repeated by the senders after no answer, a 5xx or a conflict");

      Set<String> expected = new HashSet<>();
      for (int v = 1; v <= LISTS * PER_LIST; v++) {
        expected.add(incident + "-V" + v);
      }
      List<String> caseNumbers = column(database, "SELECT business_key_ FROM act_ru_execution WHERE "
          + "parent_id_ IS NULL AND proc_def_id_ LIKE 'victim-support:%' AND business_key_ LIKE ?", incident + "-V%");
      List<String> firstTasks = column(database, "SELECT e.business_key_ FROM act_ru_task t JOIN act_ru_execution e "
          + "ON e.id_ = t.proc_inst_id_ WHERE t.task_def_key_ = 'UserTask_RecordContactDetails' "
          + "AND e.business_key_ LIKE ?", incident + "-V%");
      List<String> uploads = column(database, "SELECT idempotency_key FROM chw_victim_intake WHERE "
          + "incident_case_number = ?", incident);
      assertThat(caseNumbers).as("victim cases").hasSize(LISTS * PER_LIST).doesNotHaveDuplicates();
      assertThat(new HashSet<>(caseNumbers)).as("numbered V1..V" + LISTS * PER_LIST + " without gaps")
          .isEqualTo(expected);
      assertThat(firstTasks).as("first tasks, one per case").hasSize(LISTS * PER_LIST).doesNotHaveDuplicates();
      assertThat(uploads).as("lists recorded").hasSize(LISTS).doesNotHaveDuplicates();
      report.add("victim cases: " + caseNumbers.size() + " of " + LISTS * PER_LIST + " (0 lost, "
          + (caseNumbers.size() - new HashSet<>(caseNumbers).size()) + " duplicated); first tasks: "
          + firstTasks.size() + "; lists recorded: " + uploads.size() + " of " + LISTS);
    } finally {
      one.kill();
      two.close();
    }
    String text = "# Faults, " + java.time.Instant.now() + "\n\n" + Machine.describe() + "\n\n"
        + LISTS + " lists of " + PER_LIST + " victims for one incident, 4 senders over 2 nodes:\n\n- "
        + String.join("\n- ", report) + "\n";
    System.out.println(text);
    Files.writeString(OUT.resolve("faults.md"), text);
  }

  private static void awaitAccepted(AtomicInteger accepted, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (accepted.get() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** The local cluster, as .ci/run starts it; the restart drops every connection of both nodes. */
  private static void restartPostgres() throws IOException, InterruptedException {
    String version;
    try (var versions = Files.list(Path.of("/etc/postgresql"))) {
      version = versions.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
    }
    Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
        .inheritIO().start();
    assertThat(restart.waitFor()).as("pg_ctlcluster restart").isZero();
  }

  private static String list(int listNumber) {
    StringBuilder list = new StringBuilder("{\"source\": \"Hospital " + listNumber + "\", \"victims\": [");
    for (int i = 1; i <= PER_LIST; i++) {
      list.append(i > 1 ? "," : "").append("{\"status\": \"injured\", \"lastName\": \"L").append(listNumber)
          .append('-').append(i).append("\", \"reference\": \"F").append(listNumber).append('-').append(i)
          .append("\"}");
    }
    return list.append("]}").toString();
  }

  private static List<String> column(TestPostgres.Database database, String sql, String parameter)
      throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
        var statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }
}
