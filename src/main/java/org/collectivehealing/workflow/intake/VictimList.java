package org.collectivehealing.workflow.intake;

import java.util.List;

/** A checked list: where it comes from (e.g. "St. Luke's emergency department") and the people on it. */
record VictimList(String source, List<ListedVictim> victims) {
}
