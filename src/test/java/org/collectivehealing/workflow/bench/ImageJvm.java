package org.collectivehealing.workflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's JVM as the application image runs it: the memory settings of the Dockerfile's {@code ENV} (read from
 * there, so that the benchmark measures what operators get) and its class data sharing, prepared the same way:
 * the jar extracted, one training start on an in-memory database, the archive used at every start.
 */
final class ImageJvm {

  private static final Path DOCKERFILE = Path.of("Dockerfile");
  private static final Path APP = Path.of("target", "bench", "app");
  private static final Path ARCHIVE = Path.of("target", "bench", "app.jsa");
  private static final Pattern SETTING = Pattern.compile("(\\w+)=(\"([^\"]*)\"|(\\S+))");
  private static Path extracted;

  private ImageJvm() {
  }

  /** The image's {@code JAVA_TOOL_OPTIONS}, unless {@code -Dbench.jvm} replaces them. */
  static List<String> options() {
    String options = System.getProperty("bench.jvm", environment().get("JAVA_TOOL_OPTIONS"));
    if (options == null) {
      throw new IllegalStateException("The Dockerfile sets no JAVA_TOOL_OPTIONS; give -Dbench.jvm");
    }
    return Arrays.asList(options.trim().split("\\s+"));
  }

  /** The image's environment for the JVM other than its options (MALLOC_ARENA_MAX). */
  static Map<String, String> nativeEnvironment() {
    Map<String, String> settings = new LinkedHashMap<>(environment());
    settings.keySet().retainAll(List.of("MALLOC_ARENA_MAX"));
    return settings;
  }

  /** What to run: the extracted jar with its class data archive, or the jar itself with -Dbench.cds=false. */
  static synchronized List<String> launch(Path jar, List<String> options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(options);
    if (!Boolean.parseBoolean(System.getProperty("bench.cds", "true"))) {
      command.addAll(List.of("-jar", jar.toString()));
      return command;
    }
    if (extracted == null) {
      extracted = train(jar, options);
    }
    command.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-jar", extracted.toString()));
    return command;
  }

  private static Path train(Path jar, List<String> options) throws IOException, InterruptedException {
    deleteRecursively(APP);
    Files.deleteIfExists(ARCHIVE);
    run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", APP.toString()));
    Path app = APP.resolve(jar.getFileName());
    List<String> training = new ArrayList<>(List.of(java()));
    training.addAll(options);
    training.addAll(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Dspring.context.exit=onRefresh", "-jar",
        app.toString(), "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:training",
        "--server.port=0"));
    run(training);
    if (!Files.exists(ARCHIVE)) {
      throw new IllegalStateException("The training start wrote no class data archive; see target/bench/cds.log");
    }
    return app;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "bench", "cds.log").toFile()));
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("Failed: " + String.join(" ", command) + "; see target/bench/cds.log");
    }
  }

  /** The Dockerfile's ENV settings of its last stage, continuation lines joined. */
  private static Map<String, String> environment() {
    Map<String, String> settings = new LinkedHashMap<>();
    try {
      String text = Files.readString(DOCKERFILE).replaceAll("\\\\\\r?\\n", " ");
      for (String line : text.split("\\r?\\n")) {
        String trimmed = line.trim();
        if (trimmed.startsWith("FROM ")) {
          settings.clear();
        } else if (trimmed.startsWith("ENV ")) {
          Matcher setting = SETTING.matcher(trimmed.substring(4));
          while (setting.find()) {
            settings.put(setting.group(1), setting.group(3) != null ? setting.group(3) : setting.group(4));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("The benchmark reads the node's JVM settings from " + DOCKERFILE, e);
    }
    return settings;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
