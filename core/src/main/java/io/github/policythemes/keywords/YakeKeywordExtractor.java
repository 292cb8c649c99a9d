package io.github.policythemes.keywords;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.analysis.Sentence;
import io.github.policythemes.analysis.SentenceSplitter;
import io.github.policythemes.analysis.TopicTerms;
import io.github.policythemes.article.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the keywords and key phrases of one document with YAKE-style statistics: no training, no
 * corpus, any of the supported languages. Returns single words and phrases of up to three content
 * words in the form they are written in the document, most relevant first.
 *
 * <p>Immutable and thread-safe. Made by a builder:
 *
 * <pre>{@code
 * List<Keyphrase> phrases = YakeKeywordExtractor.builder().top(10).build().extract(article);
 * }</pre>
 */
public final class YakeKeywordExtractor {
  /*
   * YAKE: R. Campos, V. Mangaravite, A. Pasquali, A. Jorge, C. Nunes, A. Jatowt, "YAKE! Keyword
   * extraction from single documents using multiple local features", Information Sciences 509,
   * 2020 (and ECIR 2018), re-implemented from the paper.
   *
   * Terms are the content words of the analysis chain (stop words, Korean particles and endings
   * removed; English lightly stemmed, so "councils" and "council" are one term). The text is cut
   * into sentences and, at punctuation, into chunks. For each term t:
   *   T_case = max(TF_upper, TF_acronym) / (1 + ln TF): capitalised not at a sentence start, or
   *            all capitals (no casing in Korean and Chinese: 0)
   *   T_pos  = ln(ln(3 + median index of the sentences it occurs in))
   *   T_freq = TF / (mean TF + standard deviation of TF)
   *   T_rel  = 1 + (DL + DR) * TF / max TF, DL (DR) = distinct left (right) neighbours within the
   *            chunk over all left (right) co-occurrences: words next to many different words
   *            behave like function words
   *   T_sent = sentences with t / sentences
   *   S(t)   = T_rel * T_pos / (T_case + T_freq / T_rel + T_sent / T_rel)
   * A candidate is a run of one to three content terms inside a chunk (removed stop words may
   * stand between them but never at the ends, since the run starts and ends on content terms),
   * scored S(k) = prod S(t) / (TF(k) * (1 + sum S(t))); lower is better. Near duplicates
   * (normalised Levenshtein similarity above 0.8 to a better candidate) are dropped.
   */
  /** The default number of phrases returned. */
  public static final int DEFAULT_TOP = 10;

  /** The default maximum number of content words in a phrase. */
  public static final int DEFAULT_MAX_WORDS = 3;

  /** Candidates more similar than this to a better one are dropped. */
  static final double DEDUPLICATION = 0.8;

  private final int top;
  private final int maxWords;
  private final Set<String> stopWords;

  private YakeKeywordExtractor(int top, int maxWords, Set<String> stopWords) {
    this.top = top;
    this.maxWords = maxWords;
    this.stopWords = stopWords;
  }

  /**
   * Starts a builder: {@value #DEFAULT_TOP} phrases of up to {@value #DEFAULT_MAX_WORDS} words.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the key phrases of an article (title and text).
   *
   * @param article the article; its language is detected when not given
   * @return up to {@code top} phrases, most relevant (lowest score) first; empty for empty text
   * @throws NullPointerException if article is null
   */
  public List<Keyphrase> extract(Article article) {
    String content = article.content();
    Language language =
        article.language() != null
            ? article.language()
            : LanguageDetector.standard().detect(content);
    return extract(content, language);
  }

  /**
   * Extracts the key phrases of a text in a language.
   *
   * @param text the text
   * @param language its language
   * @return up to {@code top} phrases, most relevant first
   * @throws NullPointerException if an argument is null
   */
  public List<Keyphrase> extract(String text, Language language) {
    List<List<Occurrence>> chunks = new ArrayList<>();
    List<Sentence> sentences = SentenceSplitter.forLanguage(language).split(text);
    for (int s = 0; s < sentences.size(); s++) {
      chunk(sentences.get(s), s, language, chunks);
    }
    Map<String, TermStats> stats = termStats(chunks);
    if (stats.isEmpty()) {
      return List.of();
    }
    Map<String, Double> termScores = termScores(stats, sentences.size());
    return rank(candidates(chunks, text), termScores);
  }

  /** One content term in the text. */
  private record Occurrence(
      String term,
      int start,
      int end,
      int sentence,
      boolean sentenceStart,
      String surface,
      int gapWords) {}

  private void chunk(
      Sentence sentence, int index, Language language, List<List<Occurrence>> chunks) {
    String text = sentence.text();
    List<Occurrence> current = new ArrayList<>();
    int[] previousEnd = {0};
    boolean[] first = {true};
    TopicTerms.analyze(
        text,
        language,
        stopWords,
        (term, start, end) -> {
          String gap = text.substring(Math.min(previousEnd[0], start), start);
          if (!current.isEmpty() && hasPunctuation(gap)) {
            chunks.add(new ArrayList<>(current));
            current.clear();
          }
          boolean atStart = first[0] && !hasLetters(gap);
          current.add(
              new Occurrence(
                  term,
                  sentence.start() + start,
                  sentence.start() + end,
                  index,
                  atStart,
                  text.substring(start, end),
                  current.isEmpty() ? 0 : words(gap)));
          first[0] = false;
          previousEnd[0] = end;
        });
    if (!current.isEmpty()) {
      chunks.add(current);
    }
  }

  private static boolean hasPunctuation(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (!Character.isLetterOrDigit(c)
          && !Character.isWhitespace(c)
          && c != '-'
          && c != '\''
          && c != '’') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetters(String gap) {
    return gap.chars().anyMatch(Character::isLetter);
  }

  /** The number of removed words (letter runs) in the gap between two content terms. */
  private static int words(String gap) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < gap.length(); i++) {
      boolean letter = Character.isLetterOrDigit(gap.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** Counts per term. */
  private static final class TermStats {
    int frequency;
    int upper;
    int acronym;
    final List<Integer> sentences = new ArrayList<>();
    final Set<String> left = new HashSet<>();
    final Set<String> right = new HashSet<>();
    int leftCount;
    int rightCount;
  }

  private static Map<String, TermStats> termStats(List<List<Occurrence>> chunks) {
    Map<String, TermStats> stats = new LinkedHashMap<>();
    for (List<Occurrence> chunk : chunks) {
      for (int i = 0; i < chunk.size(); i++) {
        Occurrence o = chunk.get(i);
        TermStats s = stats.computeIfAbsent(o.term(), t -> new TermStats());
        s.frequency++;
        s.sentences.add(o.sentence());
        String surface = o.surface();
        if (surface.length() > 1 && surface.chars().allMatch(Character::isUpperCase)) {
          s.acronym++;
        } else if (Character.isUpperCase(surface.charAt(0)) && !o.sentenceStart()) {
          s.upper++;
        }
        if (i > 0) {
          s.left.add(chunk.get(i - 1).term());
          s.leftCount++;
        }
        if (i + 1 < chunk.size()) {
          s.right.add(chunk.get(i + 1).term());
          s.rightCount++;
        }
      }
    }
    return stats;
  }

  private static Map<String, Double> termScores(Map<String, TermStats> stats, int sentences) {
    double mean = stats.values().stream().mapToInt(s -> s.frequency).average().orElse(0);
    double variance =
        stats.values().stream()
            .mapToDouble(s -> Math.pow(s.frequency - mean, 2))
            .average()
            .orElse(0);
    double deviation = Math.sqrt(variance);
    int maxFrequency = stats.values().stream().mapToInt(s -> s.frequency).max().orElse(1);
    Map<String, Double> scores = new HashMap<>();
    for (Map.Entry<String, TermStats> entry : stats.entrySet()) {
      TermStats s = entry.getValue();
      double tf = s.frequency;
      double casing = Math.max(s.upper, s.acronym) / (1 + Math.log(tf));
      double position = Math.log(Math.log(3 + median(s.sentences)));
      double frequency = tf / (mean + deviation);
      double dl = s.leftCount == 0 ? 0 : s.left.size() / (double) s.leftCount;
      double dr = s.rightCount == 0 ? 0 : s.right.size() / (double) s.rightCount;
      double relatedness = 1 + (dl + dr) * tf / maxFrequency;
      double spread = new HashSet<>(s.sentences).size() / (double) Math.max(1, sentences);
      double score =
          relatedness * position / (casing + frequency / relatedness + spread / relatedness);
      scores.put(entry.getKey(), score);
    }
    return scores;
  }

  private static double median(List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /** A candidate phrase: its terms, how often it occurs, and its surface forms. */
  private static final class Candidate {
    final List<String> terms;
    int occurrences;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();

    Candidate(List<String> terms) {
      this.terms = terms;
    }
  }

  private Map<String, Candidate> candidates(List<List<Occurrence>> chunks, String text) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (List<Occurrence> chunk : chunks) {
      for (int i = 0; i < chunk.size(); i++) {
        int words = 0;
        for (int n = 1; n <= maxWords && i + n <= chunk.size(); n++) {
          words += 1 + (n > 1 ? chunk.get(i + n - 1).gapWords() : 0);
          if (words > maxWords) {
            break;
          }
          List<String> terms = new ArrayList<>(n);
          for (int j = i; j < i + n; j++) {
            terms.add(chunk.get(j).term());
          }
          String key = String.join(" ", terms);
          Candidate candidate = candidates.computeIfAbsent(key, k -> new Candidate(terms));
          candidate.occurrences++;
          String surface = text.substring(chunk.get(i).start(), chunk.get(i + n - 1).end());
          candidate.surfaces.merge(surface.replaceAll("\\s+", " "), 1, Integer::sum);
        }
      }
    }
    return candidates;
  }

  private List<Keyphrase> rank(Map<String, Candidate> candidates, Map<String, Double> termScores) {
    List<Keyphrase> scored = new ArrayList<>();
    for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
      Candidate candidate = entry.getValue();
      if (new HashSet<>(candidate.terms).size() < candidate.terms.size()) {
        continue;
      }
      double product = 1;
      double sum = 0;
      for (String term : candidate.terms) {
        double s = termScores.get(term);
        product *= s;
        sum += s;
      }
      double score = product / (candidate.occurrences * (1 + sum));
      if (score > 0 && Double.isFinite(score)) {
        scored.add(
            new Keyphrase(
                surface(candidate),
                entry.getKey(),
                candidate.terms.size(),
                candidate.occurrences,
                score));
      }
    }
    scored.sort(Comparator.comparingDouble(Keyphrase::score).thenComparing(Keyphrase::terms));
    List<Keyphrase> result = new ArrayList<>();
    for (Keyphrase phrase : scored) {
      if (result.size() == top) {
        break;
      }
      if (result.stream().noneMatch(kept -> similar(kept.phrase(), phrase.phrase()))) {
        result.add(phrase);
      }
    }
    return List.copyOf(result);
  }

  private static String surface(Candidate candidate) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> surface : candidate.surfaces.entrySet()) {
      if (surface.getValue() > bestCount) {
        best = surface.getKey();
        bestCount = surface.getValue();
      }
    }
    return best;
  }

  static boolean similar(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int longest = Math.max(x.length(), y.length());
    return longest > 0 && 1 - levenshtein(x, y) / (double) longest > DEDUPLICATION;
  }

  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Configures a {@link YakeKeywordExtractor}. Each setter validates at once and may be called
   * once. Not thread-safe.
   */
  public static final class Builder {
    private Integer top;
    private Integer maxWords;
    private Set<String> stopWords;

    private Builder() {}

    /**
     * Leaves out more words (default: only the built-in topic stop words).
     *
     * @param words the words, as a person lists them ({@link TopicTerms#stopWords})
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder stopWords(Collection<String> words) {
      requireState(stopWords == null, "stopWords were already set");
      stopWords = TopicTerms.stopWords(words);
      return this;
    }

    /**
     * Sets how many phrases to return.
     *
     * @param count at least 1; default {@value #DEFAULT_TOP}
     * @return this builder
     * @throws IllegalArgumentException if count is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder top(int count) {
      requireState(top == null, "top was already set to %s", top);
      requireArgument(count >= 1, "top must be >= 1: %s", count);
      top = count;
      return this;
    }

    /**
     * Sets the longest phrase, in words (removed stop words inside a phrase count too).
     *
     * @param words in [1, 5]; default {@value #DEFAULT_MAX_WORDS}
     * @return this builder
     * @throws IllegalArgumentException if words is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder maxWords(int words) {
      requireState(maxWords == null, "maxWords was already set to %s", maxWords);
      requireArgument(words >= 1 && words <= 5, "maxWords must be in [1, 5]: %s", words);
      maxWords = words;
      return this;
    }

    /**
     * Returns the extractor.
     *
     * @return an immutable extractor
     */
    public YakeKeywordExtractor build() {
      return new YakeKeywordExtractor(
          top == null ? DEFAULT_TOP : top,
          maxWords == null ? DEFAULT_MAX_WORDS : maxWords,
          stopWords == null ? Set.of() : stopWords);
    }
  }
}
