package org.collectivehealing.workflow.bench;

/**
 * The baseline: the same steps per victim as the project's model (a message into an open incident's event
 * subprocess, one service task, a call activity, a case waiting at its first user task in the police queue),
 * with nothing else: no forms, no delegates, no mappings beyond the status, no timers.
 */
final class BareModels {

  static final String INCIDENT = "bench-bare-incident";
  static final String MESSAGE = "BareVictimListed";

  static final String INCIDENT_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchBare" targetNamespace="bench">
        <bpmn:process id="bench-bare-incident" name="Bare incident" isExecutable="true"
            camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Bare"/>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Bare" targetRef="UserTask_BareWait"/>
          <bpmn:userTask id="UserTask_BareWait" name="Wait" camunda:candidateGroups="command"/>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_BareWait" targetRef="EndEvent_Bare"/>
          <bpmn:endEvent id="EndEvent_Bare"/>
          <bpmn:subProcess id="SubProcess_BareListed" triggeredByEvent="true">
            <bpmn:startEvent id="StartEvent_BareListed" isInterrupting="false">
              <bpmn:messageEventDefinition messageRef="Message_BareVictimListed"/>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="StartEvent_BareListed" targetRef="ServiceTask_BareNumber"/>
            <bpmn:serviceTask id="ServiceTask_BareNumber" camunda:expression="${execution.setVariable('bareNumber', 1)}"/>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="ServiceTask_BareNumber" targetRef="CallActivity_BareCase"/>
            <bpmn:callActivity id="CallActivity_BareCase" calledElement="bench-bare-case">
              <bpmn:extensionElements>
                <camunda:in source="victimStatus" target="victimStatus"/>
              </bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="Flow_5" sourceRef="CallActivity_BareCase" targetRef="EndEvent_BareListed"/>
            <bpmn:endEvent id="EndEvent_BareListed"/>
          </bpmn:subProcess>
        </bpmn:process>
        <bpmn:message id="Message_BareVictimListed" name="BareVictimListed"/>
      </bpmn:definitions>
      """;

  static final String CASE_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchBareCase" targetNamespace="bench">
        <bpmn:process id="bench-bare-case" name="Bare case" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_BareCase"/>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_BareCase" targetRef="UserTask_BareFirst"/>
          <bpmn:userTask id="UserTask_BareFirst" name="First step" camunda:candidateGroups="police"/>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_BareFirst" targetRef="EndEvent_BareCase"/>
          <bpmn:endEvent id="EndEvent_BareCase"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  /** Open queue work for the query benchmark: one task per instance, routed by variables. */
  static final String QUEUE_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchQueue" targetNamespace="bench">
        <bpmn:process id="bench-queue" name="Queue work" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Queue"/>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Queue" targetRef="UserTask_QueueWork"/>
          <bpmn:userTask id="UserTask_QueueWork" name="Queue work" camunda:candidateGroups="${group}"
              camunda:dueDate="${due}"/>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_QueueWork" targetRef="EndEvent_Queue"/>
          <bpmn:endEvent id="EndEvent_Queue"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private BareModels() {
  }
}
