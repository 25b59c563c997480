package org.collectivehealing.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The conventions a process designer relies on, checked on every model in processes/ and forms/: a diagram
 * for every element, readable ids and names, a form, an owner and a deadline for every task, forms that
 * resolve within the deployment, a history time-to-live everywhere.
 */
class ModelConventionsTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final Set<String> AGENCIES = Set.of("command", "police", "victim-services", "community-partners", "wellness");
  static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "businessRuleTask",
      "callActivity", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
      "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "subProcess", "sendTask", "receiveTask",
      "scriptTask", "manualTask", "task");
  static final Pattern NODE_ID = Pattern.compile("^(StartEvent|EndEvent|UserTask|ServiceTask|BusinessRuleTask|"
      + "CallActivity|Gateway|BoundaryEvent|TimerEvent|MessageEvent|ConditionalEvent|SignalEvent|EscalationEvent|"
      + "IntermediateEvent|SubProcess|EventSubProcess|SendTask|ReceiveTask|Task)_[A-Z][A-Za-z0-9]*$");
  static final Pattern FLOW_ID = Pattern.compile("^Flow_[A-Z][A-Za-z0-9]*$");

  static Map<String, Path> formIds = new HashMap<>();
  static List<String> duplicateFormIds = new ArrayList<>();

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files("forms", ".form")) {
      JsonNode root = json.readTree(form.toFile());
      Path earlier = formIds.put(root.path("id").asText(), form);
      if (earlier != null) {
        duplicateFormIds.add(root.path("id").asText() + " in " + earlier + " and " + form);
      }
    }
  }

  @Test
  void formIdsAreUniqueAndFormsTargetTasklist724() throws IOException {
    assertThat(duplicateFormIds).isEmpty();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files("forms", ".form")) {
      JsonNode root = json.readTree(form.toFile());
      assertThat(root.path("id").asText()).as(form + " id").matches("Form_[A-Z][A-Za-z0-9]*");
      assertThat(root.path("executionPlatform").asText()).as(form.toString()).isEqualTo("Camunda Platform");
      assertThat(root.path("executionPlatformVersion").asText()).as(form.toString()).isEqualTo("7.24.0");
      assertThat(root.path("components").size()).as(form + " components").isPositive();
    }
  }

  /**
   * Tasklist shows a date-and-time field as two inputs labelled by dateLabel and timeLabel, not by its label:
   * each must say what it is, and the time must keep its minutes (form-js rounds a typed time to the interval).
   */
  @Test
  void dateAndTimeFieldsSayWhatTheyAreAndKeepTheMinutes() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (Path form : files("forms", ".form")) {
      for (JsonNode field : json.readTree(form.toFile()).findParents("type")) {
        if (!field.path("type").asText().equals("datetime")) {
          continue;
        }
        String where = form.getFileName() + " " + field.path("key").asText() + ": ";
        boolean withTime = !field.path("subtype").asText().equals("date");
        if (Set.of("", "Date").contains(field.path("dateLabel").asText())) {
          problems.add(where + "dateLabel '" + field.path("dateLabel").asText() + "' does not say which date");
        }
        if (withTime && Set.of("", "Time").contains(field.path("timeLabel").asText())) {
          problems.add(where + "timeLabel '" + field.path("timeLabel").asText() + "' does not say which time");
        }
        if (withTime && field.path("timeInterval").asInt(15) > 5) {
          problems.add(where + "times are rounded to " + field.path("timeInterval").asInt(15) + " minutes");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyProcessModelFollowsTheConventions() throws IOException {
    return files("processes", ".bpmn").stream()
        .map(model -> DynamicTest.dynamicTest(model.getFileName().toString(), () -> check(model)));
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionHasAHistoryTimeToLive() throws IOException {
    return files("processes", ".dmn").stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(),
        () -> {
          NodeList decisions = parse(model).getElementsByTagNameNS("*", "decision");
          assertThat(decisions.getLength()).isPositive();
          for (Element decision : elements(decisions)) {
            assertThat(decision.getAttributeNS("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
                .as(decision.getAttribute("id")).isNotBlank();
          }
        }));
  }

  private static void check(Path model) throws Exception {
    Document document = parse(model);
    List<String> problems = new ArrayList<>();
    Set<String> shapes = new HashSet<>();
    elements(document.getElementsByTagNameNS(DI, "BPMNShape")).forEach(s -> shapes.add(s.getAttribute("bpmnElement")));
    elements(document.getElementsByTagNameNS(DI, "BPMNEdge")).forEach(s -> shapes.add(s.getAttribute("bpmnElement")));

    for (Element process : elements(document.getElementsByTagNameNS(BPMN, "process"))) {
      if (process.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) {
        problems.add("process " + process.getAttribute("id") + " has no history time-to-live");
      }
    }
    for (Element element : elements(document.getElementsByTagNameNS(BPMN, "*"))) {
      String tag = element.getLocalName();
      String id = element.getAttribute("id");
      if (FLOW_NODES.contains(tag)) {
        checkFlowNode(element, tag, id, shapes, problems);
      } else if (tag.equals("sequenceFlow")) {
        if (!FLOW_ID.matcher(id).matches()) {
          problems.add("sequence flow id '" + id + "' does not read like Flow_FromHereToThere");
        }
        if (!shapes.contains(id)) {
          problems.add("sequence flow " + id + " has no diagram edge");
        }
        boolean conditional = element.getElementsByTagNameNS(BPMN, "conditionExpression").getLength() > 0;
        if (conditional && element.getAttribute("name").isBlank()) {
          problems.add("conditional flow " + id + " has no label saying when it is taken");
        }
      }
    }
    assertThat(problems).as(model.toString()).isEmpty();
  }

  private static void checkFlowNode(Element element, String tag, String id, Set<String> shapes,
      List<String> problems) {
    boolean eventSubProcess = "true".equals(element.getAttribute("triggeredByEvent"));
    if (!NODE_ID.matcher(id).matches()) {
      problems.add(tag + " id '" + id + "' does not read like UserTask_AssessNeeds");
    }
    if (!shapes.contains(id)) {
      problems.add(tag + " " + id + " has no diagram shape");
    }
    boolean needsName = tag.endsWith("Task") || tag.equals("callActivity") || tag.equals("subProcess")
        || tag.equals("boundaryEvent") || tag.equals("intermediateCatchEvent")
        || (tag.equals("exclusiveGateway") && outgoing(element) > 1)
        || (tag.equals("startEvent") && !eventSubProcess && element.getParentNode().getLocalName().equals("process"));
    if (needsName && element.getAttribute("name").isBlank()) {
      problems.add(tag + " " + id + " has no name");
    }
    if (tag.equals("userTask")) {
      checkUserTask(element, id, problems);
    }
    if (tag.equals("startEvent") && !element.getAttributeNS(CAMUNDA, "formRef").isBlank()) {
      checkFormRef(element, id, problems);
    }
    if (tag.equals("serviceTask") && !element.getAttributeNS(CAMUNDA, "class").isBlank()) {
      problems.add("service task " + id + " names a Java class; bind a Spring bean with delegateExpression");
    }
    if ("true".equals(element.getAttributeNS(CAMUNDA, "asyncBefore"))
        && element.getElementsByTagNameNS(CAMUNDA, "failedJobRetryTimeCycle").getLength() == 0) {
      problems.add(tag + " " + id + " is asynchronous without a failedJobRetryTimeCycle");
    }
  }

  private static void checkUserTask(Element task, String id, List<String> problems) {
    String groups = task.getAttributeNS(CAMUNDA, "candidateGroups");
    if (groups.isBlank()) {
      problems.add("user task " + id + " has no candidate group");
    } else if (!groups.contains("${")) {
      for (String group : groups.split(",")) {
        if (!AGENCIES.contains(group.trim())) {
          problems.add("user task " + id + " is routed to '" + group.trim() + "', not one of " + AGENCIES);
        }
      }
    }
    if (task.getAttributeNS(CAMUNDA, "dueDate").isBlank()) {
      problems.add("user task " + id + " has no due date");
    }
    checkFormRef(task, id, problems);
  }

  private static void checkFormRef(Element element, String id, List<String> problems) {
    String formRef = element.getAttributeNS(CAMUNDA, "formRef");
    if (formRef.isBlank()) {
      problems.add(id + " has no form (camunda:formRef)");
      return;
    }
    if (!"deployment".equals(element.getAttributeNS(CAMUNDA, "formRefBinding"))) {
      problems.add(id + " must bind its form to the deployment (camunda:formRefBinding=\"deployment\")");
    }
    if (!formRef.contains("${") && !formIds.containsKey(formRef)) {
      problems.add(id + " refers to form '" + formRef + "', which no file in forms/ defines");
    }
  }

  private static int outgoing(Element element) {
    return element.getElementsByTagNameNS(BPMN, "outgoing").getLength();
  }

  private static Document parse(Path model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(model.toFile());
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        elements.add((Element) nodes.item(i));
      }
    }
    return elements;
  }

  private static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }
}
