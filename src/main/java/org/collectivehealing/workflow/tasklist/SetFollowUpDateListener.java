package org.collectivehealing.workflow.tasklist;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A task whose model sets no follow-up date gets one halfway to its due date: the point at which a caseworker
 * should look at it again, early enough to still meet the deadline.
 */
public class SetFollowUpDateListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Date due = task.getDueDate();
    if (task.getFollowUpDate() != null || due == null) {
      return;
    }
    long now = ClockUtil.getCurrentTime().getTime();
    task.setFollowUpDate(new Date(now + Math.max(0, due.getTime() - now) / 2));
  }
}
