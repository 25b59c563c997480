package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class VariableReadAuditFilterTest {

  static final VictimCase CASE = new VictimCase("HOU-2026-0007-V1", "houston");
  static final String BODY = "{\"contactLastName\":{\"value\":\"Lastname\"}}";
  static final Map<String, VariableReadRecognizer> DOORS = Map.of(
      "/engine-rest", VariableReadRecognizer.of(CamundaRestResources.getResourceClasses()),
      "/camunda/api/engine", VariableReadRecognizer.of(new EngineRestApplication().getClasses()));

  Readers readers = mock(Readers.class);
  VictimCases victimCases = mock(VictimCases.class);
  ReadAudit audit = mock(ReadAudit.class);
  VariableReadAuditFilter filter = new VariableReadAuditFilter(DOORS, readers, victimCases, audit);
  MockHttpServletResponse response = new MockHttpServletResponse();
  boolean delivered;

  @BeforeEach
  void aVictimCase() {
    when(readers.current(any())).thenReturn("advocate-houston");
    when(victimCases.of(new VariableRead(Disclosure.TASK, "t1"))).thenReturn(Optional.of(List.of(CASE)));
    when(victimCases.of(new VariableRead(Disclosure.TASK, "gone"))).thenReturn(Optional.empty());
  }

  @Test
  void recordsASuccessfulReadAndDeliversIt() throws Exception {
    filter.doFilter(get("/camunda/api/engine/engine/default/task/t1/variables"), response, answering(200));
    verify(audit).record("advocate-houston", CASE, "GET /camunda/api/engine/engine/default/task/t1/variables");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo(BODY);
  }

  @Test
  void aRefusedReadIsNotRecorded() throws Exception {
    filter.doFilter(get("/engine-rest/task/t1/variables"), response, answering(403));
    verifyNoInteractions(audit);
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void aReadThatCannotBeRecordedIsWithheldWithAClearMessage() throws Exception {
    doThrow(new DataAccessResourceFailureException("database down")).when(audit)
        .record(anyString(), any(), anyString());
    filter.doFilter(get("/engine-rest/task/t1/variables"), response, answering(200));
    assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString()).doesNotContain("Lastname").contains("ReadAuditUnavailable")
        .contains("could not be recorded in the read audit");
  }

  @Test
  void aReadWhoseCaseCannotBeToldIsWithheld() throws Exception {
    filter.doFilter(get("/engine-rest/task/gone/variables"), response, answering(200));
    assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(response.getContentAsString()).doesNotContain("Lastname");
    verifyNoInteractions(audit);
  }

  @Test
  void otherCallsPassUntouched() throws Exception {
    filter.doFilter(get("/engine-rest/task/t1/form"), response, answering(200));
    verifyNoInteractions(readers, victimCases, audit);
    assertThat(response.getContentAsString()).isEqualTo(BODY);
  }

  @Test
  void aPathNoResourceServesIsRefusedWithoutReachingTheApi() throws Exception {
    for (String path : List.of("/engine-rest/process-instance//p1/variables", "/engine-rest/Task/t1/variables",
        "/engine-rest", "/camunda/api/engine/task/t1/variables")) {
      MockHttpServletResponse refused = new MockHttpServletResponse();
      filter.doFilter(get(path), refused, answering(200));
      assertThat(refused.getStatus()).as(path).isEqualTo(404);
      assertThat(refused.getContentAsString()).as(path).contains("No resource of the engine's REST API");
    }
    assertThat(delivered).isFalse();
  }

  @Test
  void aMethodNotServedOnAPathIsRefused() throws Exception {
    filter.doFilter(new MockHttpServletRequest("PATCH", "/engine-rest/task/t1"), response, answering(200));
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getContentAsString()).contains("PATCH is not served");
    assertThat(delivered).isFalse();
  }

  @Test
  void variablesTheAuditCannotAttributeAreRefused() throws Exception {
    filter.doFilter(get("/engine-rest/case-instance/c1/variables"), response, answering(200));
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).contains("cannot attribute to a case");
    assertThat(delivered).isFalse();
  }

  private static MockHttpServletRequest get(String uri) {
    return new MockHttpServletRequest("GET", uri);
  }

  private FilterChain answering(int status) {
    return (request, servletResponse) -> {
      delivered = true;
      HttpServletResponse http = (HttpServletResponse) servletResponse;
      http.setStatus(status);
      http.setContentType("application/json");
      http.getWriter().write(BODY);
    };
  }
}
