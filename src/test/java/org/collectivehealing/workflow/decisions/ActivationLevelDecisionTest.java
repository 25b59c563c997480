package org.collectivehealing.workflow.decisions;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/activation-level.dmn: level and tracks of a reported incident (hit policy FIRST). */
class ActivationLevelDecisionTest extends DecisionTableTest {

  ActivationLevelDecisionTest() {
    super("activation-level");
  }

  @ParameterizedTest(name = "[{index}] {1}, {2} dead, {3} injured, {4} officers, {5} tension, {6} media -> {0}")
  @CsvSource(textBlock = """
      # rule,                          incidentType,              fatal, injur, offic, tension,  media,         level, familyAC, listening, wellness, voca
      MassViolenceFourOrMoreDead,        mass-violence,             4,     0,     0,     low,      local,         3,     true,     true,      true,     true
      MassViolenceFourOrMoreDead,        mass-violence,             9,     20,    3,     high,     international, 3,     true,     true,      true,     true
      MassViolenceFourOrMoreInjured,     mass-violence,             3,     4,     0,     moderate, national,      3,     true,     true,      true,     true
      FourOrMoreDead,                    homicide,                  4,     0,     0,     low,      local,         3,     true,     true,      true,     true
      FourOrMoreDead,                    officer-involved-shooting, 5,     1,     4,     moderate, national,      3,     true,     true,      true,     true
      TenOrMoreInjured,                  other,                     0,     10,    0,     low,      local,         3,     true,     true,      true,     true
      DeathByPoliceHighTension,          officer-involved-shooting, 1,     2,     2,     high,     national,      3,     true,     true,      true,     true
      DeathByPoliceHighTension,          in-custody-death,          1,     0,     3,     high,     local,         3,     true,     true,      true,     true
      MassViolence,                      mass-violence,             3,     3,     0,     low,      local,         2,     false,    true,      true,     true
      MassViolence,                      mass-violence,             0,     0,     2,     high,     international, 2,     false,    true,      true,     true
      PoliceUseOfForceOrCustodyDeath,    officer-involved-shooting, 0,     1,     1,     high,     local,         2,     false,    true,      true,     false
      PoliceUseOfForceOrCustodyDeath,    officer-involved-shooting, 1,     0,     2,     moderate, national,      2,     false,    true,      true,     false
      PoliceUseOfForceOrCustodyDeath,    in-custody-death,          1,     0,     2,     low,      local,         2,     false,    true,      true,     false
      HateCrimeTensionOfficersInvolved,  hate-crime,                0,     1,     1,     moderate, local,         2,     false,    true,      true,     false
      HateCrimeTension,                  hate-crime,                1,     0,     0,     high,     local,         2,     false,    true,      false,    false
      HateCrimeTension,                  hate-crime,                0,     3,     0,     moderate, national,      2,     false,    true,      false,    false
      HighTensionOfficersInvolved,       homicide,                  1,     0,     2,     high,     local,         2,     false,    true,      true,     false
      HighTension,                       homicide,                  2,     1,     0,     high,     national,      2,     false,    true,      false,    false
      HighTension,                       other,                     0,     0,     0,     high,     local,         2,     false,    true,      false,    false
      WideMediaOfficersInvolved,         homicide,                  1,     0,     1,     moderate, national,      2,     false,    false,     true,     false
      WideMedia,                         hate-crime,                0,     0,     0,     low,      international, 2,     false,    false,     false,    false
      WideMedia,                         homicide,                  3,     9,     0,     moderate, national,      2,     false,    false,     false,    false
      OfficersInvolved,                  homicide,                  1,     0,     1,     low,      local,         1,     false,    false,     true,     false
      OfficersInvolved,                  other,                     0,     0,     3,     moderate, local,         1,     false,    false,     true,     false
      AnyOtherIncident,                  homicide,                  1,     0,     0,     moderate, local,         1,     false,    false,     false,    false
      AnyOtherIncident,                  other,                     0,     0,     0,     low,      local,         1,     false,    false,     false,    false
      AnyOtherIncident,                  ,                          ,      ,      ,      ,         ,              1,     false,    false,     false,    false
      """)
  void decidesLevelAndTracks(String rule, String incidentType, Integer fatalities, Integer injured,
      Integer officersInvolved, String communityTension, String mediaInterest, int level,
      boolean familyAssistanceCenter, boolean listeningSession, boolean officerWellness,
      boolean notifyVocaAdministrator) {
    DmnDecisionResultEntries result = evaluate(rule, "incidentType", incidentType, "fatalities", fatalities,
        "injured", injured, "officersInvolved", officersInvolved, "communityTension", communityTension,
        "mediaInterest", mediaInterest);

    assertOutputs(result, "level", level, "familyAssistanceCenter", familyAssistanceCenter,
        "listeningSession", listeningSession, "officerWellness", officerWellness,
        "notifyVocaAdministrator", notifyVocaAdministrator);
  }
}
