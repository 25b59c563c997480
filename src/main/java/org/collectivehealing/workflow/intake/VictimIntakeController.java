package org.collectivehealing.workflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Police upload the list of people harmed (a hospital's, the medical examiner's) into an open incident, as JSON
 * or CSV; every person on it gets a victim case. Behind the /api login (RestAuthenticationConfiguration).
 */
@RestController
@RequestMapping("/api/incidents/{incidentCaseNumber}/victims")
@Tag(name = "Victim intake", description = "Bulk intake of victims into an open incident")
public class VictimIntakeController {

  static final String KEY_HEADER = "Idempotency-Key";
  private static final int MAX_ATTEMPTS = 5;
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
  private static final String DESCRIPTION = "Opens a victim-support case for every person on the list, all of "
      + "them or none: a list with any problem is refused whole, with every problem (row, field, why). Send the "
      + "same list again under the same Idempotency-Key (e.g. after a timeout) and the answer is that of the first "
      + "upload, with replayed=true; nothing opens twice. Names, dates of birth, phones, locations and references "
      + "go only into each victim's own case. Police of the incident's site and administrators only.";
  private static final String KEY_DESCRIPTION = "Chosen by the sender, one per list (8-100 letters, digits, . _ : -)"
      + "; a retry of the same list uses the same key";

  private final VictimIntakeService intake;
  private final IdentityService identity;
  private final ReadVictimList reader;

  public VictimIntakeController(VictimIntakeService intake, IdentityService identity, IntakeProperties properties) {
    this.intake = intake;
    this.identity = identity;
    this.reader = new ReadVictimList(properties.maxRows(), ListedVictimRules.fromForms());
  }

  // One operation in the OpenAPI description for both bodies (OpenAPI has one per path and method): the CSV
  // method is described here and hidden there.
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Upload a victim list (JSON or CSV)", description = DESCRIPTION + " As CSV (text/csv, "
      + "UTF-8), the first line names the columns: status (deceased, injured or harmed; required), firstName, "
      + "lastName, dateOfBirth (YYYY-MM-DD), phone, location, reference; each person needs a lastName or a "
      + "reference. In problems, row 1 is the first victim (in CSV, the line after the header); row 0 the list.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
      @Content(mediaType = "application/json", schema = @Schema(implementation = VictimList.class),
          examples = @ExampleObject(value = "{\"source\": \"St. Luke's emergency department, 23:10\", "
              + "\"victims\": [{\"status\": \"injured\", \"firstName\": \"Amara\", \"lastName\": "
              + "\"Okafor\", \"dateOfBirth\": \"1990-04-12\", \"phone\": \"+1 713 555 0142\", "
              + "\"location\": \"St. Luke's, ward 4\", \"reference\": \"SL-2291\"}, "
              + "{\"status\": \"deceased\", \"reference\": \"ME-0007\"}]}")),
      @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(
          value = "status,firstName,lastName,dateOfBirth,reference\ninjured,Amara,Okafor,1990-04-12,SL-2291\n"
              + "deceased,,,,ME-0007\n"))})
  @Parameter(name = "source", in = ParameterIn.QUERY, description = "CSV only (JSON has it in the body): where "
      + "the list comes from, e.g. \"Medical examiner, 06:00\"")
  @ApiResponse(responseCode = "201", description = "Every person on the list has a case",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = IntakeResult.class)))
  @ApiResponse(responseCode = "200", description = "The list was uploaded before under this key: the cases it "
      + "opened then, replayed=true", content = @Content(mediaType = "application/json",
          schema = @Schema(implementation = IntakeResult.class)))
  @ApiResponse(responseCode = "422", description = "Refused whole, nothing saved; problems names each one "
      + "(row, field, message)", content = @Content(mediaType = "application/problem+json",
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "413", description = "Larger than chw.intake.max-bytes (8 MB); refused unread, "
      + "nothing saved", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "503", description = "The database cannot be reached; nothing was opened. Send the "
      + "list again under the same key after Retry-After seconds",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", description = "The key was used for another list",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "No open incident of that number at the caller's site",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "Neither police nor an administrator",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<IntakeResult> uploadJson(@PathVariable String incidentCaseNumber,
      @Parameter(description = KEY_DESCRIPTION) @RequestHeader(KEY_HEADER) String idempotencyKey,
      @RequestBody JsonNode body) {
    return upload(incidentCaseNumber, idempotencyKey, () -> reader.fromJson(body));
  }

  @Hidden
  @PostMapping(consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<IntakeResult> uploadCsv(@PathVariable String incidentCaseNumber,
      @RequestHeader(KEY_HEADER) String idempotencyKey, @RequestParam(required = false) String source,
      @RequestBody String csv) {
    return upload(incidentCaseNumber, idempotencyKey, () -> reader.fromCsv(csv, source));
  }

  private ResponseEntity<IntakeResult> upload(String incidentCaseNumber, String idempotencyKey,
      java.util.function.Supplier<VictimList> read) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      throw new IntakeRefusedException(HttpStatus.UNAUTHORIZED, "Log in to upload a victim list");
    }
    if (!KEY.matcher(idempotencyKey).matches()) {
      throw new IntakeRefusedException(HttpStatus.BAD_REQUEST, "The " + KEY_HEADER + " header must be 8 to 100 "
          + "letters, digits, '.', '_', ':' or '-'; one per list, the same for its retries");
    }
    VictimList list = read.get();
    IntakeResult result = intakeRetryingConflicts(caller, incidentCaseNumber, idempotencyKey, list);
    return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
  }

  /**
   * Lists arriving together for one incident (two hospitals, two nodes) number their cases from the same
   * counter: the engine lets one through and rolls the other back whole, which is then tried again.
   */
  private IntakeResult intakeRetryingConflicts(Authentication caller, String incidentCaseNumber,
      String idempotencyKey, VictimList list) {
    for (int attempt = 1; ; attempt++) {
      try {
        return intake.intake(caller, incidentCaseNumber, idempotencyKey, list);
      } catch (VictimIntakeService.DuplicateUploadException e) {
        return intake.replay(caller, incidentCaseNumber, idempotencyKey, list);
      } catch (OptimisticLockingException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IntakeRefusedException(HttpStatus.CONFLICT, "The incident " + incidentCaseNumber + " kept "
              + "changing while the list was read in, " + MAX_ATTEMPTS + " times; nothing of the list was saved: "
              + "send it again with the same " + KEY_HEADER);
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
