package org.collectivehealing.workflow.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.collectivehealing.workflow.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

public class CaseNumbersTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-test-engine.cfg.xml").build();

  ProcessEngine processEngine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void numbersCountPerSiteAndYearAndReadLikeHou20260007() {
    CaseNumbers numbers = TestSites.caseNumbers(processEngine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-05-01T10:00:00Z")));
    assertThat(numbers.next("houston")).isEqualTo("HOU-2031-0001");
    assertThat(numbers.next("houston")).isEqualTo("HOU-2031-0002");
    assertThat(numbers.next("oakland")).isEqualTo("OAK-2031-0001");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-01-01T00:00:01Z")));
    assertThat(numbers.next("houston")).isEqualTo("HOU-2032-0001");
    assertThatThrownBy(() -> numbers.next("gotham")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("No case-number prefix for site 'gotham'");
  }

  @Test
  void callersAtTheSameTimeNeverGetTheSameNumber() throws Exception {
    CaseNumbers numbers = TestSites.caseNumbers(processEngine);
    assertUniqueUnderConcurrency(call -> numbers.next("minneapolis"), 4, 25);
  }

  /**
   * Takes threads x each numbers at once and checks that none repeats; shared with the PostgreSQL test.
   *
   * @param takeNumber takes one number; its argument counts the calls, so callers can spread them over nodes
   */
  public static void assertUniqueUnderConcurrency(IntFunction<String> takeNumber, int threads, int each)
      throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      Callable<List<String>> caller = () -> {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          taken.add(takeNumber.apply(calls.getAndIncrement()));
        }
        return taken;
      };
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(caller));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
      assertThat(all).allSatisfy(number -> assertThat(number).matches("[A-Z]{3}-\\d{4}-\\d{4}"));
    } finally {
      pool.shutdownNow();
    }
  }
}
