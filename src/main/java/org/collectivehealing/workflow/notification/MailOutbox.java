package org.collectivehealing.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail that goes out because of something the engine did (table chw_mail_outbox). A message is queued in the
 * transaction of what it tells of, with an engine job that delivers it: a rolled-back command sends nothing, a
 * failed delivery is retried by the job executor and, when the mail server keeps refusing, becomes an incident
 * in Cockpit on the case it belongs to. A message is queued once per dedup key and sent once: delivery marks it
 * sent, and a repeated job finds it sent.
 */
@Component
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationProperties properties;

  MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.properties = properties;
  }

  /** Without a mail server (spring.mail.host), nothing is queued: the demo sends no mail unless given one. */
  public boolean isOn() {
    return mail.getIfAvailable() != null;
  }

  /**
   * Queues a message and its delivery job, on the execution it belongs to (its incident shows there).
   *
   * @return whether it was queued now; false when the key was queued before
   */
  public boolean queue(String dedupKey, String recipient, String subject, String body, DelegateExecution execution) {
    return queue(dedupKey, recipient, subject, body, (ExecutionEntity) execution, true);
  }

  /**
   * Queues a message whose delivery outlives the execution that queues it (a digest's instance ends at once):
   * its job belongs to the process definition, where Cockpit shows its incident.
   *
   * @return whether it was queued now; false when the key was queued before
   */
  public boolean queueBeyond(String dedupKey, String recipient, String subject, String body,
      DelegateExecution execution) {
    return queue(dedupKey, recipient, subject, body, (ExecutionEntity) execution, false);
  }

  private boolean queue(String dedupKey, String recipient, String subject, String body, ExecutionEntity owner,
      boolean onExecution) {
    if (!isOn()) {
      return false;
    }
    if (!jdbc.queryForList("SELECT id FROM chw_mail_outbox WHERE dedup_key = ?", String.class, dedupKey).isEmpty()) {
      return false;
    }
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO chw_mail_outbox (id, dedup_key, recipient, subject, body, queued_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", id, dedupKey, recipient, subject, body,
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(DeliverMailJobHandler.TYPE);
    job.setJobHandlerConfigurationRaw(id);
    if (onExecution) {
      job.setExecution(owner);
    }
    job.setProcessDefinitionId(owner.getProcessDefinitionId());
    job.setProcessDefinitionKey(owner.getProcessDefinition().getKey());
    job.setDeploymentId(owner.getProcessDefinition().getDeploymentId());
    job.setTenantId(owner.getTenantId());
    Context.getCommandContext().getJobManager().send(job);
    return true;
  }

  /** Sends a queued message unless it went out before; a refusal of the mail server fails the job. */
  void deliver(String id) {
    List<Queued> queued = jdbc.query("SELECT recipient, subject, body, sent_at FROM chw_mail_outbox WHERE id = ?",
        (row, n) -> new Queued(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4) != null),
        id);
    if (queued.isEmpty() || queued.get(0).sent()) {
      LOG.debug("Mail {} is not waiting (sent before, or gone)", id);
      return;
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("Mail " + id + " is queued, but no mail server is configured (spring.mail.host)");
    }
    Queued message = queued.get(0);
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body());
      mime.saveChanges();
      // one id per queued message: a receiver can tell a repeat, should a node die between sending and marking
      mime.setHeader("Message-ID", "<" + id + "@" + properties.messageIdDomain() + ">");
      sender.send(mime);
    } catch (MessagingException | MailException e) {
      throw new MailNotDeliveredException("The mail server did not take mail " + id + " for " + message.recipient()
          + ": " + e.getMessage(), e);
    }
    jdbc.update("UPDATE chw_mail_outbox SET sent_at = ? WHERE id = ?",
        new Timestamp(ClockUtil.getCurrentTime().getTime()), id);
  }

  private record Queued(String recipient, String subject, String body, boolean sent) {
  }
}
