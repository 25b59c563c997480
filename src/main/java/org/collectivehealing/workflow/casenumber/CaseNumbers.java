package org.collectivehealing.workflow.casenumber;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Case numbers people can read and say on the phone: site, year, running number ({@code HOU-2026-0007}).
 * Each site and year counts in a row of the engine's own property table, taken in a transaction of its own
 * and guarded by the row's revision, so two nodes never hand out the same number; a number whose case then
 * fails to start is simply skipped.
 */
public class CaseNumbers {

  private static final int ATTEMPTS = 60;

  private final ProcessEngineConfigurationImpl engine;
  private final Map<String, String> codesBySite;

  /** @param codesBySite tenant id to case-number prefix */
  public CaseNumbers(ProcessEngineConfigurationImpl engine, Map<String, String> codesBySite) {
    this.engine = engine;
    this.codesBySite = Map.copyOf(codesBySite);
  }

  public String next(String site) {
    String code = codesBySite.get(site);
    if (code == null) {
      throw new ProcessEngineException("No case-number prefix for site '" + site + "'; known sites: "
          + codesBySite.keySet());
    }
    int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).getYear();
    String counter = "chw.case-number." + code + "-" + year;
    long number = increment(counter);
    return String.format("%s-%d-%04d", code, year, number);
  }

  private long increment(String counter) {
    ProcessEngineException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return engine.getCommandExecutorTxRequiresNew().execute(incrementCommand(counter));
      } catch (ProcessEngineException e) {
        // another caller took the number in between (optimistic lock), or two first callers inserted the
        // counter at once (one wins): either way the next attempt reads the counter again
        last = e;
      }
      backOff(attempt);
    }
    throw new ProcessEngineException("Could not take a case number from " + counter + " after " + ATTEMPTS
        + " attempts", last);
  }

  /** Random, growing pauses, so that callers colliding on the counter do not collide again in step. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 20) * 10L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessEngineException("Interrupted while taking a case number", e);
    }
  }

  private static Command<Long> incrementCommand(String counter) {
    return commandContext -> {
      PropertyManager properties = commandContext.getPropertyManager();
      PropertyEntity property = properties.findPropertyById(counter);
      if (property == null) {
        properties.insert(new PropertyEntity(counter, "1"));
        return 1L;
      }
      long next = Long.parseLong(property.getValue()) + 1;
      property.setValue(Long.toString(next));
      return next;
    };
  }
}
