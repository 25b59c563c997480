package org.collectivehealing.workflow.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collectivehealing.workflow.forms.CamundaForm;
import org.collectivehealing.workflow.forms.ChecklistValues;
import org.collectivehealing.workflow.forms.SubmissionForms;
import org.collectivehealing.workflow.reporting.PmtCatalogue.Dimension;
import org.springframework.stereotype.Component;

/**
 * On completion of a victim-support task, records for the OVC report what the task's own form asked: the
 * services given (that day), the victim's PMT profile, and a compensation application the advocate helped with.
 * Only fields of the completed task's form count, so a value left from an earlier task is never counted again;
 * and the services checklist is cleared, so the next contact's form starts empty.
 */
@Component("recordForReportListener")
public class RecordForReportListener implements TaskListener {

  static final String SERVICES = PmtCatalogue.SERVICE.field();
  static final String COMPENSATION_STATUS = "compensationApplicationStatus";
  /** Outcomes of the compensation task in which the advocate helped with an application. */
  static final Set<String> COMPENSATION_HELPED = Set.of("submitted", "started");

  private final PmtRecords records;

  public RecordForReportListener(PmtRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> asked = SubmissionForms.ofTask((TaskEntity) task).map(CamundaForm::fields).orElse(List.of())
        .stream().map(CamundaForm.Field::key).collect(Collectors.toSet());
    if (asked.contains(PmtCatalogue.RACE_ETHNICITY.field())) {
      records.recordProfile(task.getProcessInstanceId(), task.getTenantId(), profile(task));
    }
    Set<String> services = new LinkedHashSet<>();
    if (asked.contains(SERVICES)) {
      services.addAll(ChecklistValues.of(task.getVariable(SERVICES)));
      task.removeVariable(SERVICES);
    }
    if (asked.contains(COMPENSATION_STATUS) && COMPENSATION_HELPED.contains(task.getVariable(COMPENSATION_STATUS))) {
      services.add(PmtCatalogue.COMPENSATION_ASSISTED);
    }
    services.retainAll(PmtCatalogue.SERVICE.categories().keySet());
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    records.recordServices(task.getProcessInstanceId(), task.getTenantId(), services, today, task.getId());
  }

  private static PmtRecords.Profile profile(DelegateTask task) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Dimension dimension : PmtCatalogue.PROFILE) {
      Object value = task.getVariable(dimension.field());
      values.put(dimension.field(), value == null ? PmtCatalogue.NOT_REPORTED : String.valueOf(value));
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Dimension dimension : PmtCatalogue.PROFILE_LISTS) {
      lists.put(dimension.field(), ChecklistValues.of(task.getVariable(dimension.field())).stream()
          .filter(dimension.categories()::containsKey).toList());
    }
    return new PmtRecords.Profile(values, lists);
  }
}
