package org.collectivehealing.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, for its table. */
final class Machine {

  private Machine() {
  }

  static String describe() {
    String cpu = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("unknown");
    return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory
        + " RAM; Java " + System.getProperty("java.version") + "; PostgreSQL at "
        + System.getenv().getOrDefault("CHW_TEST_POSTGRES_URL", "embedded");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (Exception e) {
      return "";
    }
  }
}
