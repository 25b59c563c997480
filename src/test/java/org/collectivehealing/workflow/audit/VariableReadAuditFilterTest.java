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
import org.collectivehealing.workflow.audit.VariableRead.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class VariableReadAuditFilterTest {

  static final VictimCase CASE = new VictimCase("HOU-2026-0007-V1", "houston");
  static final String BODY = "{\"contactLastName\":{\"value\":\"Lastname\"}}";

  Readers readers = mock(Readers.class);
  VictimCases victimCases = mock(VictimCases.class);
  ReadAudit audit = mock(ReadAudit.class);
  VariableReadAuditFilter filter = new VariableReadAuditFilter(List.of("/engine-rest", "/camunda/api/engine"),
      readers, victimCases, audit);
  MockHttpServletResponse response = new MockHttpServletResponse();

  @BeforeEach
  void aVictimCase() {
    when(readers.current(any())).thenReturn("advocate-houston");
    when(victimCases.of(new VariableRead(Scope.TASK, "t1"))).thenReturn(List.of(CASE));
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
  void aReadThatCannotBeRecordedIsWithheld() throws Exception {
    doThrow(new DataAccessResourceFailureException("database down")).when(audit)
        .record(anyString(), any(), anyString());
    filter.doFilter(get("/engine-rest/task/t1/variables"), response, answering(200));
    assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    assertThat(response.getContentAsString()).doesNotContain("Lastname");
  }

  @Test
  void otherCallsPassUntouched() throws Exception {
    filter.doFilter(get("/engine-rest/task/t1/form"), response, answering(200));
    verifyNoInteractions(readers, victimCases, audit);
    assertThat(response.getContentAsString()).isEqualTo(BODY);
  }

  private static MockHttpServletRequest get(String uri) {
    return new MockHttpServletRequest("GET", uri);
  }

  private static FilterChain answering(int status) {
    return (request, servletResponse) -> {
      HttpServletResponse http = (HttpServletResponse) servletResponse;
      http.setStatus(status);
      http.setContentType("application/json");
      http.getWriter().write(BODY);
    };
  }
}
