package org.collectivehealing.workflow.decisions;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/referral-routing.dmn: partner category and urgency of one referral (hit policy UNIQUE). */
class ReferralRoutingDecisionTest extends DecisionTableTest {

  ReferralRoutingDecisionTest() {
    super("referral-routing");
  }

  @ParameterizedTest(name = "[{index}] {1}, {2}, {3} -> {4}")
  @CsvSource(textBlock = """
      # rule,                           need,          language, preference,      partnerCategory,           urgency, respondWithin
      SafetyCommunityBased,             safety,        english,  community-based, community-victim-services, urgent,  PT12H
      SafetyPoliceOrNoPreference,       safety,        spanish,  police-based,    police-victim-services,    urgent,  PT12H
      SafetyPoliceOrNoPreference,       safety,        english,  no-preference,   police-victim-services,    urgent,  PT12H
      Medical,                          medical,       other,    no-preference,   medical-provider,          urgent,  PT12H
      Funeral,                          funeral,       english,  community-based, funeral-assistance,        high,    P1D
      FinancialPoliceBased,             financial,     english,  police-based,    police-victim-services,    routine, P2D
      FinancialCommunityOrNoPreference, financial,     spanish,  no-preference,   community-victim-services, routine, P2D
      FinancialCommunityOrNoPreference, financial,     english,  community-based, community-victim-services, routine, P2D
      MentalHealth,                     mental-health, spanish,  community-based, mental-health-provider,    high,    P1D
      Housing,                          housing,       english,  police-based,    housing-provider,          high,    P1D
      LanguageEnglishSpeaker,           language,      english,  no-preference,   interpreter-service,       high,    P1D
      LanguageOtherSpeaker,             language,      spanish,  no-preference,   interpreter-service,       urgent,  PT12H
      LanguageOtherSpeaker,             language,      other,    community-based, interpreter-service,       urgent,  PT12H
      Legal,                            legal,         english,  no-preference,   legal-aid,                 routine, P2D
      Childcare,                        childcare,     other,    police-based,    childcare-provider,        high,    P1D
      Spiritual,                        spiritual,     english,  community-based, faith-community,           routine, P2D
      AnyOtherNeed,                     transport,     english,  no-preference,   community-victim-services, routine, P2D
      """)
  void routesOneNeed(String rule, String need, String language, String preference, String partnerCategory,
      String urgency, String respondWithin) {
    DmnDecisionResultEntries result = evaluate(rule, "need", need, "language", language,
        "preference", preference);

    assertOutputs(result, "partnerCategory", partnerCategory, "urgency", urgency, "respondWithin", respondWithin);
  }
}
