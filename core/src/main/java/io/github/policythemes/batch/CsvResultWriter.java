package io.github.policythemes.batch;

import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.EvidenceSentence;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeEvidence;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code id,lang,top_theme,<score per theme>,assigned} rows, and an {@code evidence} column
 * when asked for. Not thread-safe.
 */
final class CsvResultWriter implements ResultWriter {
  private final Writer out;
  private final List<String> themeIds;
  private final Map<String, Integer> columns = new HashMap<>();
  private final StringBuilder line = new StringBuilder(256);
  private final boolean evidence;

  CsvResultWriter(Writer out, Taxonomy taxonomy, boolean header) throws IOException {
    this(out, taxonomy, header, false);
  }

  CsvResultWriter(Writer out, Taxonomy taxonomy, boolean header, boolean evidence)
      throws IOException {
    this.out = out;
    this.evidence = evidence;
    this.themeIds = taxonomy.themeIds();
    for (int i = 0; i < themeIds.size(); i++) {
      columns.put(themeIds.get(i), i);
    }
    if (header) {
      line.append("id,lang,top_theme");
      for (String id : themeIds) {
        line.append(',');
        appendField(line, id);
      }
      line.append(evidence ? ",assigned,evidence\n" : ",assigned\n");
      out.write(line.toString());
    }
  }

  @Override
  public void write(BatchResult result) throws IOException {
    Classification classification = result.classification();
    String[] scores = new String[themeIds.size()];
    for (ThemeScore score : classification.scores()) {
      Integer column = columns.get(score.themeId());
      if (column != null) {
        scores[column] = Decimals.format(score.score());
      }
    }
    line.setLength(0);
    appendField(line, result.record().article().id());
    line.append(',').append(classification.language().code()).append(',');
    appendField(line, classification.top().map(ThemeScore::themeId).orElse(""));
    for (String score : scores) {
      line.append(',').append(score == null ? "" : score);
    }
    line.append(',');
    appendField(line, String.join(";", classification.assignedIds()));
    if (evidence) {
      line.append(',');
      appendField(line, evidence(result.explanation()));
    }
    line.append('\n');
    out.write(line.toString());
  }

  /**
   * Per assigned theme {@code theme: term, term, term: "best sentence"}, themes joined by {@code "
   * | "}.
   */
  static String evidence(Explanation explanation) {
    if (explanation == null) {
      return "";
    }
    StringBuilder cell = new StringBuilder();
    for (ThemeEvidence theme : explanation.themes()) {
      cell.append(cell.length() == 0 ? "" : " | ").append(theme.themeId()).append(": ");
      List<TermContribution> terms = theme.terms();
      for (int i = 0; i < terms.size() && i < 5; i++) {
        cell.append(i == 0 ? "" : ", ").append(terms.get(i).term());
      }
      theme.sentences().stream()
          .max(Comparator.comparingDouble(EvidenceSentence::weight))
          .ifPresent(
              s ->
                  cell.append(": \"").append(s.text().replaceAll("\\s+", " ").strip()).append('"'));
    }
    return cell.toString();
  }

  static void appendField(StringBuilder line, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      line.append(c);
      if (c == '"') {
        line.append('"');
      }
    }
    line.append('"');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
