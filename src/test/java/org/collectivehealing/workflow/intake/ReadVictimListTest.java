package org.collectivehealing.workflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How a list is read and checked, without a server: what the intake endpoint answers with. */
class ReadVictimListTest {

  final ReadVictimList reader = new ReadVictimList(3, ListedVictimRules.fromForms());

  @Test
  void aSpreadsheetsCsvWithAByteOrderMarkQuotesAndBlankLinesIsRead() {
    VictimList list = reader.fromCsv("\uFEFFstatus,firstName,lastName,location\r\n"
        + "injured,Ana,\"O'Neil, Jr.\",\"Ward 4, bed 2\"\r\n\r\ndeceased,,,\r\n".replace(",,,", ",,Unknown,"),
        "ER list");
    assertThat(list.source()).isEqualTo("ER list");
    assertThat(list.victims()).hasSize(2);
    assertThat(list.victims().get(0).lastName()).isEqualTo("O'Neil, Jr.");
    assertThat(list.victims().get(0).location()).isEqualTo("Ward 4, bed 2");
    assertThat(list.victims().get(1).status()).isEqualTo("deceased");
    assertThat(list.victims().get(1).firstName()).as("an empty cell is no value").isNull();
  }

  @Test
  void theRulesAreThoseOfTheFormsACaseworkerWouldFillIn() {
    ListedVictimRules rules = ListedVictimRules.fromForms();
    assertThat(rules.statuses).as("'Identify a victim'").containsExactly("deceased", "harmed", "injured");
    assertThat(rules.maxLength).as("'Record contact details', and the list's own reference")
        .containsEntry("lastName", 100).containsEntry("phone", 25).containsEntry("location", 300)
        .containsEntry("reference", 100);
    assertThatThrownBy(() -> reader.fromCsv("status,lastName,phone\ninjured,Doe,call me\n", null))
        .isInstanceOfSatisfying(VictimListRefusedException.class, e -> assertThat(e.problems())
            .containsExactly(new RowProblem(1, "phone", "'call me' is not in the form the contact form takes ("
                + "^[0-9 +().-]{7,25}$)")));
  }

  @Test
  void aListLongerThanAllowedIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> reader.fromCsv("status,reference\ninjured,1\ninjured,2\ninjured,3\ninjured,4\n", null))
        .isInstanceOfSatisfying(VictimListRefusedException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("At most 3 victims per list; this one has 4: split it")));
  }

  @Test
  void jsonOfTheWrongShapeNamesTheMemberAndTheRow() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThatThrownBy(() -> reader.fromJson(json.readTree("{\"victims\": {\"status\": \"injured\"}}")))
        .isInstanceOfSatisfying(VictimListRefusedException.class, e -> assertThat(e.problems())
            .containsExactly(new RowProblem(0, "victims", "Must be an array of victims")));
    assertThatThrownBy(() -> reader.fromJson(json.readTree("{\"victims\": [{\"status\": 3, \"reference\": \"A\"},"
        + " \"x\"]}"))).isInstanceOfSatisfying(VictimListRefusedException.class, e -> assertThat(e.problems())
            .contains(new RowProblem(1, "status", "Must be text"),
                new RowProblem(2, null, "Must be an object with the victim's fields")));
    assertThatThrownBy(() -> reader.fromJson(json.readTree("[]"))).isInstanceOf(VictimListRefusedException.class);
  }

  @Test
  void aCsvWithoutAStatusColumnOrWithAStrayColumnIsRefused() {
    assertThatThrownBy(() -> reader.fromCsv("lastName,ssn\nDoe,123-45\n", null))
        .isInstanceOfSatisfying(VictimListRefusedException.class, e -> assertThat(e.problems())
            .contains(new RowProblem(0, "status", "The header has no status column"))
            .anySatisfy(p -> assertThat(p.field()).isEqualTo("ssn")));
    assertThatThrownBy(() -> reader.fromCsv("  \n", null)).isInstanceOf(VictimListRefusedException.class);
  }
}
