package org.collectivehealing.workflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reads a victim list from JSON or CSV and checks every value, collecting every problem (row, field, why) before
 * refusing, so whoever sends it can fix the whole file at once. The rules are those of the forms a caseworker
 * would otherwise fill in ({@link ListedVictimRules}).
 */
final class ReadVictimList {

  static final int MAX_SOURCE_LENGTH = 200;
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

  private final int maxRows;
  private final ListedVictimRules rules;

  ReadVictimList(int maxRows, ListedVictimRules rules) {
    this.maxRows = maxRows;
    this.rules = rules;
  }

  /** {"source": "...", "victims": [{"status": "injured", "lastName": "...", ...}, ...]} */
  VictimList fromJson(JsonNode body) {
    List<RowProblem> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw refused(List.of(new RowProblem(0, null, "The body must be a JSON object with a \"victims\" array")));
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!Set.of("source", "victims").contains(name)) {
        problems.add(new RowProblem(0, name, "Unknown member; a list has \"source\" and \"victims\""));
      }
    });
    JsonNode source = body.path("source");
    if (!source.isMissingNode() && !source.isNull() && !source.isTextual()) {
      problems.add(new RowProblem(0, "source", "Must be text"));
    }
    JsonNode victims = body.path("victims");
    if (!victims.isArray()) {
      problems.add(new RowProblem(0, "victims", "Must be an array of victims"));
      throw refused(problems);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    int row = 0;
    for (JsonNode victim : victims) {
      row++;
      Map<String, String> values = new LinkedHashMap<>();
      if (!victim.isObject()) {
        problems.add(new RowProblem(row, null, "Must be an object with the victim's fields"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = victim.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (!ListedVictim.FIELDS.contains(field.getKey())) {
            problems.add(new RowProblem(row, field.getKey(), "Unknown field; a victim has " + ListedVictim.FIELDS));
          } else if (field.getValue().isTextual()) {
            values.put(field.getKey(), field.getValue().asText());
          } else if (!field.getValue().isNull()) {
            problems.add(new RowProblem(row, field.getKey(), "Must be text"));
          }
        }
      }
      rows.add(values);
    }
    return check(source.isTextual() ? source.asText() : null, rows, problems);
  }

  /** A header line naming the columns (any of {@link ListedVictim#FIELDS}, "status" required), then a line each. */
  VictimList fromCsv(String text, String source) {
    List<RowProblem> problems = new ArrayList<>();
    List<Map<String, String>> rows = new ArrayList<>();
    if (text == null || text.isBlank()) {
      throw refused(List.of(new RowProblem(0, null,
          "The file is empty; it needs a header line and a line per victim")));
    }
    try (MappingIterator<Map<String, String>> lines = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(withoutByteOrderMark(text).strip())) {
      boolean more = lines.hasNextValue(); // reads the header line
      CsvSchema header = (CsvSchema) lines.getParser().getSchema();
      for (String column : header.getColumnNames()) {
        if (!ListedVictim.FIELDS.contains(column)) {
          problems.add(new RowProblem(0, column, "Unknown column; the columns are " + ListedVictim.FIELDS));
        }
      }
      if (!header.getColumnNames().contains("status")) {
        problems.add(new RowProblem(0, "status", "The header has no status column"));
      }
      while (more) {
        Map<String, String> values = new HashMap<>(lines.nextValue());
        values.keySet().retainAll(ListedVictim.FIELDS);
        rows.add(values);
        more = lines.hasNextValue();
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new RowProblem(rows.size() + 1, null, "Cannot be read as CSV: " + firstLine(e.getMessage())));
      throw refused(problems);
    }
    return check(source, rows, problems);
  }

  private VictimList check(String source, List<Map<String, String>> rows, List<RowProblem> problems) {
    if (source != null && source.length() > MAX_SOURCE_LENGTH) {
      problems.add(new RowProblem(0, "source", "At most " + MAX_SOURCE_LENGTH + " characters"));
    }
    if (rows.isEmpty()) {
      problems.add(new RowProblem(0, "victims", "The list names nobody"));
    }
    if (rows.size() > maxRows) {
      problems.add(new RowProblem(0, "victims", "At most " + maxRows + " victims per list; this one has "
          + rows.size() + ": split it"));
      throw refused(problems);
    }
    List<ListedVictim> victims = new ArrayList<>();
    Map<String, Integer> references = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      Map<String, String> values = new HashMap<>();
      rows.get(i).forEach((field, value) -> values.put(field, value == null || value.isBlank() ? null : value.strip()));
      String status = values.get("status");
      if (status == null) {
        problems.add(new RowProblem(row, "status", "Required: one of " + rules.statuses));
      } else if (!rules.statuses.contains(status)) {
        problems.add(new RowProblem(row, "status", "'" + status + "' is not one of " + rules.statuses));
      }
      rules.maxLength.forEach((field, max) -> {
        if (values.get(field) != null && values.get(field).length() > max) {
          problems.add(new RowProblem(row, field, "At most " + max + " characters"));
        }
      });
      rules.patterns.forEach((field, pattern) -> {
        if (values.get(field) != null && !pattern.matcher(values.get(field)).matches()) {
          problems.add(new RowProblem(row, field, "'" + values.get(field) + "' is not in the form the contact "
              + "form takes (" + pattern.pattern() + ")"));
        }
      });
      if (values.get("lastName") == null && values.get("reference") == null) {
        problems.add(new RowProblem(row, "lastName", "Give the last name or the list's reference for this person, "
            + "so their case can be told apart"));
      }
      checkDateOfBirth(row, values.get("dateOfBirth"), problems);
      String reference = values.get("reference");
      if (reference != null && references.putIfAbsent(reference, row) != null) {
        problems.add(new RowProblem(row, "reference", "Also on row " + references.get(reference)
            + ": the same person twice?"));
      }
      victims.add(new ListedVictim(status, values.get("firstName"), values.get("lastName"), values.get("dateOfBirth"),
          values.get("phone"), values.get("location"), reference));
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    return new VictimList(source, victims);
  }

  private static void checkDateOfBirth(int row, String value, List<RowProblem> problems) {
    if (value == null) {
      return;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      if (date.isAfter(today) || date.isBefore(LocalDate.of(1900, 1, 1))) {
        problems.add(new RowProblem(row, "dateOfBirth", "Must lie between 1900-01-01 and today"));
      }
    } catch (DateTimeParseException e) {
      problems.add(new RowProblem(row, "dateOfBirth", "'" + value + "' is not a date as YYYY-MM-DD"));
    }
  }

  private static VictimListRefusedException refused(List<RowProblem> problems) {
    return new VictimListRefusedException("The list was refused whole, nothing of it was saved: "
        + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " to fix", problems);
  }

  /** Spreadsheets save UTF-8 CSV with a byte order mark, which would otherwise become part of the first column. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String firstLine(String message) {
    return message == null ? "malformed" : message.lines().findFirst().orElse("malformed");
  }
}
