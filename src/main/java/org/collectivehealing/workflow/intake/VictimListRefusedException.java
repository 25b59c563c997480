package org.collectivehealing.workflow.intake;

import java.util.List;

/** A list refused whole, with every problem found in it; nothing of it was saved. */
class VictimListRefusedException extends RuntimeException {

  private final List<RowProblem> problems;

  VictimListRefusedException(String message, List<RowProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  List<RowProblem> problems() {
    return problems;
  }
}
