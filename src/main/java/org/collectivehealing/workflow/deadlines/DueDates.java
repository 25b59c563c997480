package org.collectivehealing.workflow.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for models, as {@code ${due.in('PT12H')}} or {@code ${due.from(reportedAt, 'PT48H')}}: the
 * durations are ISO-8601 and stay in the BPMN where a designer changes them. Uses the engine clock, so tests
 * that move it move the deadlines too.
 */
@Component("due")
public class DueDates {

  private static final DatatypeFactory DURATIONS;

  static {
    try {
      DURATIONS = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** @return now plus the duration */
  public Date in(String isoDuration) {
    return from(ClockUtil.getCurrentTime(), isoDuration);
  }

  /** @param start a Date, or an ISO-8601 date or date-time as the forms submit them */
  public Date from(Object start, String isoDuration) {
    GregorianCalendar calendar = new GregorianCalendar();
    calendar.setTime(toDate(start));
    try {
      DURATIONS.newDuration(isoDuration).addTo(calendar);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException("'" + isoDuration + "' is not an ISO-8601 duration such as PT12H or P2D", e);
    }
    return calendar.getTime();
  }

  /** Whole days since the start, never negative. */
  public long daysSince(Object start) {
    return Math.max(0, ChronoUnit.DAYS.between(toDate(start).toInstant(), ClockUtil.getCurrentTime().toInstant()));
  }

  /** The first anniversary of the date. */
  public Date anniversary(Object date) {
    return from(date, "P1Y");
  }

  /** The given time before the first anniversary of the date, for outreach ahead of it. */
  public Date beforeAnniversary(Object date, String isoDurationBefore) {
    GregorianCalendar calendar = new GregorianCalendar();
    calendar.setTime(anniversary(date));
    DURATIONS.newDuration(isoDurationBefore).negate().addTo(calendar);
    return calendar.getTime();
  }

  static Date toDate(Object value) {
    if (value instanceof Date date) {
      return date;
    }
    if (value == null) {
      throw new ProcessEngineException("A deadline needs a start date, and none is set");
    }
    String text = value.toString().trim();
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notWithOffset) {
      try {
        return Date.from(Instant.parse(text));
      } catch (DateTimeParseException notInstant) {
        try {
          return Date.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
          throw new ProcessEngineException("'" + text + "' is not a date", e);
        }
      }
    }
  }
}
