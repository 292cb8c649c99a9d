package io.github.policythemes.topics;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TopicTerms;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Turns a taxonomy's keywords into the seed prior of a keyword-assisted topic model. */
final class Seeds {
  /*
   * Keyword-assisted LDA by informative topic-word priors: the seed words of theme i get extra
   * Dirichlet mass in topic i, and start there. This is the "seeded" family of J. Jagarlamudi, H.
   * Daumé III, R. Udupa, "Incorporating lexical priors into topic models", EACL 2012, and B. Lu,
   * M. Ott, C. Cardie, B. Tsou, "Multi-aspect sentiment analysis with topic models", ICDM
   * workshops 2011, as popularised for social science by K. Watanabe and Y. Zhou (2020) and
   * S. Eshima, K. Imai, T. Sasaki (keyATM, 2020), re-derived here rather than ported.
   *
   * A keyword counts as found when every term of it (after the corpus's analysis) is in the
   * vocabulary; each of its terms then becomes a seed of the theme's topic with pseudo-count
   *
   *   lambda = strength * keyword weight * (corpus tokens / vocabulary size)
   *
   * i.e. with strength 1 a full-weight seed word gets as much prior mass as an average word has
   * occurrences. A term that is a seed of several themes gets mass in each of their topics.
   */
  private Seeds() {}

  /** The prior and what to tell the caller about it. */
  record Plan(SeedPrior prior, List<SeedReport> reports, List<String> warnings) {}

  static Plan plan(Taxonomy taxonomy, TopicCorpus corpus, int numTopics, double strength) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (Language language : corpus.languages) {
      languages.add(language);
    }
    Vocabulary vocabulary = corpus.vocabulary;
    double scale = strength * corpus.tokens() / Math.max(1, vocabulary.size());
    List<TreeMap<Integer, Double>> perWord = new ArrayList<>();
    for (int w = 0; w < vocabulary.size(); w++) {
      perWord.add(null);
    }
    List<SeedReport> reports = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Theme> themes = taxonomy.themes();
    for (int topic = 0; topic < themes.size(); topic++) {
      Theme theme = themes.get(topic);
      int keywords = 0;
      int found = 0;
      TreeMap<Integer, Double> seeds = new TreeMap<>();
      List<String> missing = new ArrayList<>();
      for (Language language : languages) {
        for (Keyword keyword : theme.keywords(language)) {
          List<String> terms = new ArrayList<>();
          TopicTerms.analyze(keyword.phrase(), language, (term, start, end) -> terms.add(term));
          if (terms.isEmpty()) {
            continue;
          }
          keywords++;
          List<Integer> ids = terms.stream().map(vocabulary::id).toList();
          if (ids.contains(-1)) {
            missing.add(keyword.phrase());
            continue;
          }
          found++;
          ids.forEach(id -> seeds.merge(id, keyword.weight(), Math::max));
        }
      }
      final int seededTopic = topic;
      seeds.forEach(
          (id, weight) -> {
            if (perWord.get(id) == null) {
              perWord.set(id, new TreeMap<>());
            }
            perWord.get(id).put(seededTopic, weight * scale);
          });
      reports.add(
          new SeedReport(
              theme.id(),
              topic,
              keywords,
              found,
              seeds.keySet().stream().map(vocabulary::term).toList(),
              missing));
      warn(theme.id(), topic, keywords, found, languages, warnings);
    }
    return new Plan(toPrior(perWord, numTopics), reports, warnings);
  }

  private static void warn(
      String theme, int topic, int keywords, int found, Set<Language> languages, List<String> out) {
    if (keywords == 0) {
      out.add(
          "theme '"
              + theme
              + "' has no keywords in "
              + languages.stream().map(Language::code).toList()
              + ": topic "
              + topic
              + " is not anchored");
    } else if (found == 0) {
      out.add(
          "theme '"
              + theme
              + "': none of its "
              + keywords
              + " keywords occurs in the corpus: topic "
              + topic
              + " is not anchored");
    } else if (found < 3) {
      out.add(
          "theme '"
              + theme
              + "': only "
              + found
              + " of its "
              + keywords
              + " keywords occur in the corpus: topic "
              + topic
              + " is weakly anchored");
    }
  }

  private static SeedPrior toPrior(List<TreeMap<Integer, Double>> perWord, int numTopics) {
    int[] start = new int[perWord.size() + 1];
    int entries = 0;
    for (int w = 0; w < perWord.size(); w++) {
      start[w] = entries;
      entries += perWord.get(w) == null ? 0 : perWord.get(w).size();
    }
    start[perWord.size()] = entries;
    int[] topics = new int[entries];
    double[] weights = new double[entries];
    int p = 0;
    for (TreeMap<Integer, Double> seeds : perWord) {
      if (seeds != null) {
        for (var entry : seeds.entrySet()) {
          topics[p] = entry.getKey();
          weights[p++] = entry.getValue();
        }
      }
    }
    return new SeedPrior(start, topics, weights, numTopics);
  }
}
