package io.github.policythemes.classify;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable terms of a text as one sequence, for phrase matching: a term stacked on the previous
 * one (a Korean compound followed by its first part) replaces it, so "지방소멸대응기금" and "지방 소멸 대응 기금"
 * give the same sequence, and a keyword "소멸" matches inside the compound.
 */
final class TermSequence {
  final List<String> terms = new ArrayList<>();
  final List<int[]> offsets = new ArrayList<>();

  private TermSequence() {}

  static TermSequence of(String text, Language language) {
    TermSequence sequence = new TermSequence();
    TextAnalyzer.forLanguage(language)
        .analyze(
            text,
            Chain.WORDS,
            (buffer, length, start, end, increment) -> {
              String term = new String(buffer, 0, length);
              if (increment == 0 && !sequence.terms.isEmpty()) {
                int last = sequence.terms.size() - 1;
                sequence.terms.set(last, term);
                sequence.offsets.set(last, new int[] {start, end});
              } else {
                sequence.terms.add(term);
                sequence.offsets.add(new int[] {start, end});
              }
            });
    return sequence;
  }

  int size() {
    return terms.size();
  }

  /** The key of the phrase of {@code n} terms starting at {@code from}. */
  String key(int from, int n) {
    return String.join(" ", terms.subList(from, from + n));
  }
}
