package io.github.policythemes.cli;

import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.EvidenceSentence;
import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeEvidence;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes an explanation a person can read, per article: each assigned theme with its score and
 * label, the terms that pushed it with their contributions, and the evidence sentences with those
 * terms marked {@code [like this]}. Not thread-safe.
 *
 * <pre>
 * ==> en-01 (en) <==
 * citizen-participation  0.99  Citizen participation and local self-governance
 *   terms     participatory budget 4.41, residents 3.97, vote 1.20
 *   evidence  Suwon's [residents] will [vote] on the [participatory budget] ...
 * </pre>
 */
final class ExplanationTableWriter implements ResultWriter {
  private static final int MAX_TERMS = 8;

  private final Writer out;
  private final int top;

  ExplanationTableWriter(Writer out, int top) {
    this.out = out;
    this.top = top;
  }

  @Override
  public void write(BatchResult result) throws IOException {
    Classification classification = result.classification();
    StringBuilder text = new StringBuilder(1024);
    text.append("==> ")
        .append(result.record().article().id())
        .append(" (")
        .append(classification.language().code())
        .append(") <==\n");
    List<ThemeEvidence> themes =
        result.explanation() == null ? List.of() : result.explanation().themes();
    if (themes.isEmpty()) {
      text.append("no theme");
      classification
          .top()
          .ifPresent(
              best ->
                  text.append(
                      String.format(
                          Locale.ROOT,
                          " (best: %s %.2f, under its threshold)",
                          best.themeId(),
                          best.score())));
      text.append('\n');
    }
    int width = 0;
    for (ThemeEvidence theme : themes) {
      width = Math.max(width, theme.themeId().length());
    }
    for (int i = 0; i < themes.size() && i < top; i++) {
      ThemeEvidence theme = themes.get(i);
      text.append(DisplayWidth.padRight(theme.themeId(), width))
          .append(String.format(Locale.ROOT, "  %.2f  ", theme.score()))
          .append(theme.label())
          .append('\n');
      List<TermContribution> terms =
          theme.terms().subList(0, Math.min(MAX_TERMS, theme.terms().size()));
      text.append("  terms     ");
      for (int t = 0; t < terms.size(); t++) {
        text.append(t == 0 ? "" : ", ")
            .append(terms.get(t).term())
            .append(String.format(Locale.ROOT, " %.2f", terms.get(t).contribution()));
      }
      text.append('\n');
      for (EvidenceSentence sentence : theme.sentences()) {
        text.append("  evidence  ").append(mark(sentence.text(), terms)).append('\n');
      }
    }
    text.append('\n');
    out.write(text.toString());
  }

  /**
   * The sentence with each occurrence of the terms in brackets: longest terms first, no overlaps,
   * ignoring case; line breaks become spaces.
   */
  static String mark(String sentence, List<TermContribution> terms) {
    String flat = sentence.replaceAll("\\s+", " ").strip();
    boolean[] taken = new boolean[flat.length()];
    List<int[]> spans = new ArrayList<>();
    List<String> byLength =
        terms.stream()
            .map(TermContribution::term)
            .filter(t -> !t.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    for (String term : byLength) {
      for (int from = 0; from + term.length() <= flat.length(); from++) {
        if (flat.regionMatches(true, from, term, 0, term.length())
            && free(taken, from, from + term.length())) {
          for (int k = from; k < from + term.length(); k++) {
            taken[k] = true;
          }
          spans.add(new int[] {from, from + term.length()});
          from += term.length() - 1;
        }
      }
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    StringBuilder marked = new StringBuilder(flat.length() + spans.size() * 2);
    int at = 0;
    for (int[] span : spans) {
      marked.append(flat, at, span[0]).append('[').append(flat, span[0], span[1]).append(']');
      at = span[1];
    }
    return marked.append(flat.substring(at)).toString();
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
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
