package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.Sentence;
import io.github.policythemes.analysis.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the occurrences that moved a theme into readable terms and evidence sentences. */
final class EvidenceBuilder {
  static final int MAX_TERMS = 10;
  static final int MAX_SENTENCES = 3;

  /** A sentence needs this share of the best sentence's evidence to be shown beside it. */
  private static final double SENTENCE_SHARE = 0.3;

  private final String content;
  private final List<Sentence> sentences;

  EvidenceBuilder(String content, Language language) {
    this.content = content;
    this.sentences = SentenceSplitter.forLanguage(language).split(content);
  }

  ThemeEvidence build(ThemeScore score, List<Occurrence> occurrences) {
    return new ThemeEvidence(
        score.themeId(), score.label(), score.score(), terms(occurrences), evidence(occurrences));
  }

  /** Sums contributions per surface form (case-insensitive), keeps the first spelling seen. */
  List<TermContribution> terms(List<Occurrence> occurrences) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      String surface = content.substring(occurrence.start(), occurrence.end()).strip();
      if (surface.isEmpty()) {
        continue;
      }
      String key = surface.toLowerCase(Locale.ROOT);
      spelling.putIfAbsent(key, surface);
      sums.computeIfAbsent(key, k -> new double[1])[0] += occurrence.contribution();
    }
    return sums.entrySet().stream()
        .filter(entry -> entry.getValue()[0] > 0)
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
        .limit(MAX_TERMS)
        .map(entry -> new TermContribution(spelling.get(entry.getKey()), entry.getValue()[0]))
        .toList();
  }

  /** The one to three sentences with the most positive evidence, in text order. */
  List<EvidenceSentence> evidence(List<Occurrence> occurrences) {
    double[] weights = new double[sentences.size()];
    for (Occurrence occurrence : occurrences) {
      if (occurrence.contribution() <= 0) {
        continue;
      }
      int index = sentenceAt(occurrence.start());
      if (index >= 0) {
        weights[index] += occurrence.contribution();
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble(i -> -weights[i]));
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() == MAX_SENTENCES || weights[i] < SENTENCE_SHARE * weights[order.get(0)]) {
        break;
      }
      chosen.add(i);
    }
    chosen.sort(Integer::compare);
    List<EvidenceSentence> result = new ArrayList<>();
    for (int i : chosen) {
      Sentence sentence = sentences.get(i);
      result.add(
          new EvidenceSentence(sentence.text(), sentence.start(), sentence.end(), weights[i]));
    }
    return result;
  }

  private int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Sentence sentence = sentences.get(mid);
      if (offset < sentence.start()) {
        high = mid - 1;
      } else if (offset >= sentence.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
