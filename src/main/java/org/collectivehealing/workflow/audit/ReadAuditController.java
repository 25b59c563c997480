package org.collectivehealing.workflow.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Lists the read audit to administrators (access: {@link AuditConfiguration}), newest first, page by page. */
@RestController
public class ReadAuditController {

  /** One page of records; {@code page} counts from 0; a page or size out of range is refused (400). */
  public record Page(int page, int size, List<ReadRecord> records) {
  }

  private final ReadAudit audit;
  private final AuditProperties properties;

  public ReadAuditController(ReadAudit audit, AuditProperties properties) {
    this.audit = audit;
    this.properties = properties;
  }

  @GetMapping(AuditConfiguration.ENDPOINT)
  public Page reads(@RequestParam(required = false) String caseKey, @RequestParam(required = false) String user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
      @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
    int pageSize = size == null ? properties.pageSize() : size;
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter 'page' counts from 0");
    }
    if (pageSize < 1 || pageSize > properties.maxPageSize()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The parameter 'size' must be from 1 to "
          + properties.maxPageSize());
    }
    ReadAudit.Criteria criteria = new ReadAudit.Criteria(caseKey, user, from == null ? null : from.toInstant());
    return new Page(page, pageSize, audit.find(criteria, page, pageSize));
  }
}
