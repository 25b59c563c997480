package org.collectivehealing.workflow.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.collectivehealing.workflow.board.StepCatalog;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.security.AsTheSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily digest of overdue tasks (overdue-digest, "Mail each owner their overdue tasks"): each caseworker with
 * an address is told of their overdue tasks, those assigned to them and the unclaimed ones in their agencies'
 * queues at their site, in one mail a day. The mail names each task by its step in the model (a task's own name
 * carries its case) with its due date and a link; it says nothing of a case (no number, no name), as mail may
 * leave the agencies' hands.
 */
@Component("mailOverdueDigestsDelegate")
public class MailOverdueDigestsDelegate implements JavaDelegate {

  static final String SUBJECT = "Overdue tasks: ";

  private static final Logger LOG = LoggerFactory.getLogger(MailOverdueDigestsDelegate.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MailOutbox outbox;
  private final TaskService tasks;
  private final IdentityService users;
  private final TaskCandidates candidates;
  private final AsTheSystem system;
  private final IdentityProperties identity;
  private final NotificationProperties properties;
  private final StepCatalog steps;

  MailOverdueDigestsDelegate(MailOutbox outbox, TaskService tasks, IdentityService users, TaskCandidates candidates,
      AsTheSystem system, IdentityProperties identity, NotificationProperties properties, StepCatalog steps) {
    this.outbox = outbox;
    this.tasks = tasks;
    this.users = users;
    this.candidates = candidates;
    this.system = system;
    this.identity = identity;
    this.properties = properties;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!outbox.isOn()) {
      LOG.info("No mail server configured: no digest of overdue tasks");
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    // an instance started for one site (by hand, by that site's administrator) covers that site only
    List<String> sites = execution.getTenantId() == null ? List.copyOf(identity.sites().keySet())
        : List.of(execution.getTenantId());
    Map<String, Digest> digests = system.run(() -> collect(sites, now));
    String day = at(now).toLocalDate().toString();
    int queued = 0;
    for (Digest digest : digests.values()) {
      String address = digest.owner.getEmail();
      if (TaskCandidates.hasAddress(digest.owner) && outbox.queueBeyond("overdue-digest:" + day + ":"
          + digest.owner.getId(), address, SUBJECT + digest.total(), digest.text(now, execution), execution)) {
        queued++;
      }
    }
    LOG.info("Digest of overdue tasks for {}: {} mails queued for {} owners", day, queued, digests.size());
  }

  private Map<String, Digest> collect(List<String> sites, Date now) {
    Map<String, Digest> digests = new LinkedHashMap<>();
    String[] siteIds = sites.toArray(String[]::new);
    for (Task task : overdue(now).tenantIdIn(siteIds).taskAssigned().list()) {
      Digest digest = digests.get(task.getAssignee());
      if (digest == null) {
        User owner = users.createUserQuery().userId(task.getAssignee()).singleResult();
        if (owner == null) {
          continue;
        }
        digest = new Digest(owner);
        digests.put(owner.getId(), digest);
      }
      digest.assigned.add(task);
    }
    for (String site : sites) {
      for (Map.Entry<String, String> agency : identity.agencies().entrySet()) {
        TaskQuery unclaimed = overdue(now).tenantIdIn(site).taskCandidateGroup(agency.getKey());
        long count = unclaimed.count();
        if (count == 0) {
          continue;
        }
        Section section = new Section(agency.getValue() + ", " + identity.siteName(site), count,
            unclaimed.listPage(0, properties.digestTasksListed()));
        for (User member : candidates.members(agency.getKey(), site)) {
          digests.computeIfAbsent(member.getId(), id -> new Digest(member)).queues.add(section);
        }
      }
    }
    return digests;
  }

  private TaskQuery overdue(Date now) {
    return tasks.createTaskQuery().active().dueBefore(now).orderByDueDate().asc();
  }

  private static LocalDateTime at(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

  private record Section(String queue, long count, List<Task> listed) {
  }

  /** What one person is told. */
  private final class Digest {
    final User owner;
    final List<Task> assigned = new ArrayList<>();
    final List<Section> queues = new ArrayList<>();

    Digest(User owner) {
      this.owner = owner;
    }

    long total() {
      return assigned.size() + queues.stream().mapToLong(Section::count).sum();
    }

    String text(Date now, DelegateExecution execution) {
      StringBuilder text = new StringBuilder("These tasks are past their due date (as of ")
          .append(WHEN.format(at(now))).append(").\n");
      if (!assigned.isEmpty()) {
        text.append("\nAssigned to you (").append(assigned.size()).append("):\n");
        List<Task> listed = assigned.subList(0, Math.min(assigned.size(), properties.digestTasksListed()));
        list(text, listed, assigned.size(), now, execution);
      }
      for (Section section : queues) {
        text.append("\nUnclaimed in the queue of ").append(section.queue()).append(" (").append(section.count())
            .append("):\n");
        list(text, section.listed(), section.count(), now, execution);
      }
      return text.append("\nTasklist: ").append(properties.tasklist()).append("\n\nSign in to work on them. This ")
          .append("mail names no case on purpose; do not reply to it.").toString();
    }

    private void list(StringBuilder text, List<Task> listed, long count, Date now, DelegateExecution execution) {
      for (Task task : listed) {
        long days = ChronoUnit.DAYS.between(at(task.getDueDate()), at(now));
        String step = steps.step(execution.getProcessEngine(), task.getProcessDefinitionId(),
            task.getTaskDefinitionKey()).name();
        text.append("- ").append(step).append(", due ").append(WHEN.format(at(task.getDueDate())))
            .append(days > 0 ? ", " + days + (days == 1 ? " day" : " days") + " overdue" : "")
            .append("\n  ").append(properties.task(task.getId())).append('\n');
      }
      if (count > listed.size()) {
        text.append("- and ").append(count - listed.size()).append(" more, in Tasklist\n");
      }
    }
  }
}
