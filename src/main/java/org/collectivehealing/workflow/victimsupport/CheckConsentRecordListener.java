package org.collectivehealing.workflow.victimsupport;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses a consent record the form alone cannot check: a "yes" without categories, details, dates or a
 * written form, or one that expires before it was given. The form checks everything else; nothing of a
 * refused submission is kept.
 */
@Component("checkConsentRecordListener")
public class CheckConsentRecordListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = ConsentRecord.of(task).problems();
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(problems,
          "Cannot complete '" + task.getName() + "': " + String.join("; ", problems));
    }
  }
}
