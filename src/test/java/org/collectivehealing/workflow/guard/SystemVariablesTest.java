package org.collectivehealing.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.collectivehealing.workflow.forms.CamundaForm;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The guard's list of system variables stays true to the models, and its reading of the engine's commands to
 * the engine: an upgrade that renames a field it reads fails here rather than opening a door.
 */
class SystemVariablesTest {

  static final Pattern MODEL_SET = Pattern.compile(
      "camunda:(?:initiator|resultVariable|elementVariable)=\"([^\"]+)\"|<camunda:in [^>]*target=\"([^\"]+)\""
          + "|<camunda:outputParameter name=\"([^\"]+)\"");

  @Test
  void everyVariableAModelSetsIsASystemVariableOrAFormField() throws IOException {
    Set<String> system = systemVariables();
    Set<String> editable = editableFormFields();
    Set<String> modelSet = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = MODEL_SET.matcher(Files.readString(model));
        while (matcher.find()) {
          for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null) {
              modelSet.add(matcher.group(group));
            }
          }
        }
      }
    }
    assertThat(modelSet).as("variables the models set").hasSizeGreaterThan(20);
    Set<String> unlisted = new TreeSet<>(modelSet);
    unlisted.removeAll(system);
    unlisted.removeAll(editable);
    assertThat(unlisted).as("set by a model, neither in chw.guard.system-variables nor a form field").isEmpty();
    Set<String> both = new TreeSet<>(system);
    both.retainAll(editable);
    assertThat(both).as("system variables a form lets caseworkers edit").isEmpty();
  }

  @Test
  void theGuardReadsFieldsTheEngineCommandsHave() {
    Map<Class<?>, List<String>> read = Map.ofEntries(
        Map.entry(StartProcessInstanceCmd.class, List.of("instantiationBuilder")),
        Map.entry(SubmitStartFormCmd.class, List.of("processDefinitionId", "businessKey", "variables")),
        Map.entry(CompleteTaskCmd.class, List.of("taskId", "variables")),
        Map.entry(SubmitTaskFormCmd.class, List.of("taskId", "properties")),
        Map.entry(AbstractSetVariableCmd.class, List.of("variables")),
        Map.entry(AbstractRemoveVariableCmd.class, List.of("variableNames")),
        Map.entry(AbstractPatchVariablesCmd.class, List.of("variables", "deletions")),
        Map.entry(ExecuteJobsCmd.class, List.of("jobId", "jobFailureCollector")),
        Map.entry(JobFailureCollector.class, List.of("jobId")),
        Map.entry(AddCommentCmd.class, List.of("taskId", "processInstanceId")),
        Map.entry(UpdateCommentCmd.class, List.of("taskId", "processInstanceId", "commentId")),
        Map.entry(CreateAttachmentCmd.class, List.of("taskId", "processInstanceId")),
        Map.entry(SaveAttachmentCmd.class, List.of("attachment")),
        Map.entry(GetAttachmentCmd.class, List.of("attachmentId")),
        Map.entry(GetProcessInstanceCommentsCmd.class, List.of("processInstanceId")));
    read.forEach((type, fields) -> fields.forEach(field ->
        assertThat(CommandFields.declares(type, field)).as(type.getSimpleName() + "." + field).isTrue()));
  }

  @SuppressWarnings("unchecked")
  static Set<String> systemVariables() throws IOException {
    try (InputStream yaml = Files.newInputStream(Path.of("src/main/resources/application.yaml"))) {
      Map<String, Object> root = new Yaml().load(yaml);
      Map<String, Object> guard = (Map<String, Object>) ((Map<String, Object>) root.get("chw")).get("guard");
      return new TreeSet<>((List<String>) guard.get("system-variables"));
    }
  }

  static Set<String> editableFormFields() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        CamundaForm.parse(Files.newInputStream(form)).fields().forEach(field -> keys.add(field.key()));
      }
    }
    return keys;
  }
}
