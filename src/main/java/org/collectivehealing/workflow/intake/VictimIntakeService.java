package org.collectivehealing.workflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.security.AsTheSystem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a victim case for every person on a list, in one transaction with the record of the upload: all of them,
 * or, when anything fails, none. Each person reaches the incident as the message its model listens for
 * ("Victims reported on a list"), which numbers the case and opens it as "Identify a victim" would. What the
 * list says of the person travels as transient variables, which the engine never stores: the call into the
 * victim case maps them into that case, and the incident keeps only the status.
 */
@Service
public class VictimIntakeService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtime;
  private final VictimIntakes intakes;
  private final IntakeProperties properties;
  private final IdentityProperties identity;
  private final AsTheSystem asTheSystem;
  private final CommandExecutor commands;

  public VictimIntakeService(ProcessEngine engine, VictimIntakes intakes, IntakeProperties properties,
      IdentityProperties identity, AsTheSystem asTheSystem) {
    this.runtime = engine.getRuntimeService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.intakes = intakes;
    this.properties = properties;
    this.identity = identity;
    this.asTheSystem = asTheSystem;
  }

  /**
   * @throws DuplicateUploadException when another upload under the same key was saved while this one waited for
   *     it; {@link #replay} then answers, in a transaction of its own
   */
  @Transactional
  public IntakeResult intake(Authentication caller, String incidentCaseNumber, String idempotencyKey,
      VictimList list) {
    ProcessInstance incident = openIncident(caller, incidentCaseNumber);
    String hash = hash(incidentCaseNumber, list);
    Optional<IntakeResult> earlier = earlier(incident.getTenantId(), idempotencyKey, hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      intakes.claim(incident.getTenantId(), idempotencyKey, hash, incidentCaseNumber, caller.getUserId(),
          list.victims().size());
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw new DuplicateUploadException();
    }
    // one engine command for the whole list: one entity cache and one flush (batched inserts) instead of a
    // command per person whose caches the transaction would hold until it commits
    List<IntakeResult.OpenedCase> opened = asTheSystem.run(() -> commands.execute(
        (Command<List<IntakeResult.OpenedCase>>) context -> open(incident, list, caller.getUserId())));
    IntakeResult result = new IntakeResult(incidentCaseNumber, idempotencyKey, false, opened.size(), opened);
    intakes.complete(incident.getTenantId(), idempotencyKey, result);
    return result;
  }

  /** The answer to an upload whose key another upload took first: what that one opened, if it was this list. */
  @Transactional(readOnly = true)
  public IntakeResult replay(Authentication caller, String incidentCaseNumber, String idempotencyKey,
      VictimList list) {
    ProcessInstance incident = openIncident(caller, incidentCaseNumber);
    return earlier(incident.getTenantId(), idempotencyKey, hash(incidentCaseNumber, list)).orElseThrow(
        () -> new IllegalStateException("The upload under key " + idempotencyKey + " is not recorded"));
  }

  private Optional<IntakeResult> earlier(String tenantId, String idempotencyKey, String hash) {
    return intakes.find(tenantId, idempotencyKey).map(found -> {
      if (!found.requestHash().equals(hash)) {
        throw new IntakeRefusedException(HttpStatus.CONFLICT, "The idempotency key " + idempotencyKey
            + " was used for another list (or another incident): use a new key for a new list");
      }
      return found.result().replay();
    });
  }

  private List<IntakeResult.OpenedCase> open(ProcessInstance incident, VictimList list, String listedBy) {
    List<IntakeResult.OpenedCase> opened = new ArrayList<>();
    int row = 0;
    for (ListedVictim victim : list.victims()) {
      row++;
      VariableMap variables = Variables.createVariables().putValue("victimStatus", victim.status());
      victim.personalValues().forEach((name, value) -> variables.putValueTyped(name,
          Variables.stringValue(value, true)));
      variables.putValueTyped("listedSource", Variables.stringValue(list.source(), true));
      variables.putValueTyped("listedBy", Variables.stringValue(listedBy, true));
      runtime.createMessageCorrelation(properties.message()).processInstanceId(incident.getId())
          .setVariablesLocal(variables).correlateWithResult();
      opened.add(new IntakeResult.OpenedCase(row, (String) runtime.getVariable(incident.getId(), "victimCaseNumber")));
    }
    return opened;
  }

  /**
   * The caller's open incident of that number. Another site's incident answers as if it did not exist, so nobody
   * learns another site's case numbers by trying them.
   */
  private ProcessInstance openIncident(Authentication caller, String incidentCaseNumber) {
    boolean administrator = caller.getGroupIds() != null && caller.getGroupIds().contains(identity.adminGroup());
    boolean uploader = caller.getGroupIds() != null && caller.getGroupIds().stream()
        .anyMatch(properties.groups()::contains);
    if (!administrator && !uploader) {
      throw new IntakeRefusedException(HttpStatus.FORBIDDEN, caller.getUserId() + " may not upload victim lists: "
          + "only members of " + properties.groups() + " and administrators may");
    }
    ProcessInstance incident = asTheSystem.run(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(properties.incidentProcess()).processInstanceBusinessKey(incidentCaseNumber)
        .active().list().stream().findFirst().orElse(null));
    boolean ownSite = incident != null && (administrator || (caller.getTenantIds() != null
        && caller.getTenantIds().contains(incident.getTenantId())));
    if (!ownSite) {
      throw new IntakeRefusedException(HttpStatus.NOT_FOUND, "No open incident " + incidentCaseNumber
          + " at your site");
    }
    return incident;
  }

  private static String hash(String incidentCaseNumber, VictimList list) {
    try {
      byte[] canonical = JSON.writeValueAsString(List.of(incidentCaseNumber, list)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint the list", e);
    }
  }

  /** Another upload under the same key was saved first. */
  static class DuplicateUploadException extends RuntimeException {
  }
}
