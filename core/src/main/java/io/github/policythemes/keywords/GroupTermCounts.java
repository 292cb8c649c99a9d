package io.github.policythemes.keywords;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TopicTerms;
import io.github.policythemes.article.Article;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term counts of the whole corpus and of groups of its documents (themes, periods, topics), for
 * {@link KeynessAnalyzer}. A document may belong to any number of groups; the corpus counts it
 * once. Terms come from the same analysis as topic models (nouns for Korean, readable words
 * elsewhere, topic stop words removed).
 *
 * <p>Mutable and not thread-safe: fill it from one thread, or one per thread and {@link
 * #addAll(GroupTermCounts)} them.
 */
public final class GroupTermCounts {
  final Map<String, Integer> corpus = new HashMap<>();
  final Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
  final Map<String, Long> groupTotals = new LinkedHashMap<>();
  long corpusTotal;
  private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
  private final Set<String> stopWords;

  /** Creates empty counts. */
  public GroupTermCounts() {
    this(List.of());
  }

  /**
   * Creates empty counts that leave out more words than the built-in topic stop words.
   *
   * @param stopWords the words, as a person lists them ({@link TopicTerms#stopWords})
   */
  public GroupTermCounts(Collection<String> stopWords) {
    this.stopWords = TopicTerms.stopWords(stopWords);
  }

  /**
   * Counts the terms of an article in the corpus and in each of its groups.
   *
   * @param groups the groups the article belongs to; may be empty (it then counts in the corpus
   *     only)
   * @param article the article
   * @throws NullPointerException if an argument is null
   */
  public void add(Collection<String> groups, Article article) {
    add(groups, article.content(), article.language());
  }

  /**
   * Counts the terms of a text in the corpus and in each of its groups.
   *
   * @param groups the groups the text belongs to
   * @param text the text
   * @param language its language, or null to detect it
   * @throws NullPointerException if groups or text is null
   */
  public void add(Collection<String> groups, String text, Language language) {
    Map<String, Integer> bag = new HashMap<>();
    TopicTerms.analyze(
        text,
        language,
        stopWords,
        (term, start, end) -> {
          bag.merge(term, 1, Integer::sum);
          String surface = text.substring(start, end);
          if (!surface.equals(term)) {
            surfaces.computeIfAbsent(term, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
          }
        });
    long size = bag.values().stream().mapToLong(Integer::longValue).sum();
    bag.forEach((term, count) -> corpus.merge(term, count, Integer::sum));
    corpusTotal += size;
    for (String group : Set.copyOf(groups)) {
      Map<String, Integer> counts = this.groups.computeIfAbsent(group, g -> new HashMap<>());
      bag.forEach((term, count) -> counts.merge(term, count, Integer::sum));
      groupTotals.merge(group, size, Long::sum);
    }
  }

  /**
   * Adds counts made elsewhere (e.g. on another thread) to these.
   *
   * @param other the other counts; not changed
   */
  public void addAll(GroupTermCounts other) {
    other.corpus.forEach((term, count) -> corpus.merge(term, count, Integer::sum));
    corpusTotal += other.corpusTotal;
    other.groups.forEach(
        (group, counts) -> {
          Map<String, Integer> mine = groups.computeIfAbsent(group, g -> new HashMap<>());
          counts.forEach((term, count) -> mine.merge(term, count, Integer::sum));
        });
    other.groupTotals.forEach((group, total) -> groupTotals.merge(group, total, Long::sum));
    other.surfaces.forEach(
        (term, forms) -> {
          Map<String, Integer> mine = surfaces.computeIfAbsent(term, k -> new HashMap<>());
          forms.forEach((form, count) -> mine.merge(form, count, Integer::sum));
        });
  }

  /**
   * Returns the groups seen, in the order they were first seen.
   *
   * @return the group names
   */
  public Set<String> groups() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(groups.keySet()));
  }

  /**
   * Returns the number of term occurrences in the corpus.
   *
   * @return the corpus size in tokens
   */
  public long corpusTokens() {
    return corpusTotal;
  }

  /** The most frequent way a term was written. */
  String surface(String term) {
    Map<String, Integer> forms = surfaces.get(term);
    if (forms == null) {
      return term;
    }
    int asIs = corpus.getOrDefault(term, 0) - forms.values().stream().mapToInt(i -> i).sum();
    String best = term;
    int bestCount = asIs;
    for (Map.Entry<String, Integer> form : forms.entrySet()) {
      if (form.getValue() > bestCount
          || (form.getValue() == bestCount && form.getKey().compareTo(best) < 0)) {
        best = form.getKey();
        bestCount = form.getValue();
      }
    }
    return best;
  }
}
