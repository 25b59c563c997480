package org.collectivehealing.workflow.intake;

import java.util.List;

/**
 * What an upload opened: a case per row. Case numbers only, never what the list said of anyone.
 *
 * @param replayed true when the idempotency key had been used for this very list before: nothing was opened now,
 *     and the cases are those the first upload opened
 */
public record IntakeResult(String incident, String idempotencyKey, boolean replayed, int opened,
    List<OpenedCase> victims) {

  /** @param row the victim's position on the list, from 1 */
  public record OpenedCase(int row, String victimCaseNumber) {
  }

  IntakeResult replay() {
    return new IntakeResult(incident, idempotencyKey, true, opened, victims);
  }
}
