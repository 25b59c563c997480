package org.collectivehealing.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.collectivehealing.workflow.reporting.PmtCatalogue.Dimension;
import org.junit.jupiter.api.Test;

/**
 * The forms ask what the report counts, with the report's categories as their options: a designer who changes an
 * option in Camunda Modeler learns here that the report's catalogue must change with it.
 */
class PmtFormsTest {

  static final Path FORMS = Path.of("forms");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFirstAdvocateContactAsksEveryProfileQuestionWithTheReportsCategories() throws IOException {
    JsonNode form = JSON.readTree(FORMS.resolve("victim-support/first-advocate-contact.form").toFile());
    for (Dimension dimension : Stream.concat(PmtCatalogue.PROFILE.stream(), PmtCatalogue.PROFILE_LISTS.stream())
        .toList()) {
      assertThat(options(form, dimension.field())).as(dimension.field())
          .containsExactlyElementsOf(dimension.categories().keySet());
    }
  }

  @Test
  void everyFormWithAServicesChecklistOffersTheReportsServiceCategories() throws IOException {
    List<Path> withServices = new ArrayList<>();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        List<String> options = options(form, PmtCatalogue.SERVICE.field());
        if (!options.isEmpty()) {
          withServices.add(FORMS.relativize(file));
          assertThat(options).as(file.toString()).containsExactlyElementsOf(PmtCatalogue.SERVICE.categories().keySet());
        }
      }
    }
    assertThat(withServices).extracting(Path::toString).containsExactlyInAnyOrder(
        "victim-support/first-advocate-contact.form", "victim-support/follow-up-contact.form",
        "victim-support/update-family.form", "victim-support/close-case.form");
  }

  private static List<String> options(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
      }
    }
    return values;
  }
}
