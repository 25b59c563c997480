package org.collectivehealing.workflow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;

/**
 * The application as an operator runs it: the packaged jar in a JVM of its own as the image starts it
 * ({@link ImageJvm}), profile postgres, settings from the environment. Start-up is timed from launching the JVM until the readiness probe answers UP; memory is the
 * process's resident set as the kernel counts it.
 */
final class NodeProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final int port;
  final long startupMillis;
  private final Process process;

  private NodeProcess(int port, long startupMillis, Process process) {
    this.port = port;
    this.startupMillis = startupMillis;
    this.process = process;
  }

  static NodeProcess start(TestPostgres.Database database, List<String> jvmOptions, Path log) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(ImageJvm.launch(jar(), jvmOptions));
    command.add("--server.port=" + port);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(ImageJvm.nativeEnvironment());
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    builder.environment().put("CHW_DB_URL", database.url());
    builder.environment().put("CHW_DB_USER", database.user());
    builder.environment().put("CHW_DB_PASSWORD", database.password());
    builder.environment().put("CHW_ADMIN_ID", PostgresNodes.ADMIN_ID);
    builder.environment().put("CHW_ADMIN_PASSWORD", PostgresNodes.ADMIN_PASSWORD);
    long started = System.nanoTime();
    Process process = builder.start();
    long deadline = started + Duration.ofMinutes(3).toNanos();
    while (!ready(port)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The node stopped during start-up; see " + log);
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("The node was not ready within 3 minutes; see " + log);
      }
      Thread.sleep(50);
    }
    return new NodeProcess(port, (System.nanoTime() - started) / 1_000_000, process);
  }

  /** Resident set size in MiB (VmRSS of /proc/<pid>/status). */
  double rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for process " + process.pid());
  }

  /** As an operator stops it (SIGTERM), waiting for the graceful shutdown. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** As a crash does it (SIGKILL): no shutdown at all. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  private static boolean ready(int port) {
    try {
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("collective-healing-workflow-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("No packaged jar in target/: the benchmark runs "
              + "after the package phase (mvn -Pbench verify)"));
    }
  }
}
