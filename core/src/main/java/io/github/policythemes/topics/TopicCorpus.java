package io.github.policythemes.topics;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TopicTerms;
import io.github.policythemes.article.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Articles turned into term ids for topic modelling: each article analysed with the {@code nouns}
 * chain of its language (Nori nouns for Korean, readable words for English and Chinese), topic stop
 * words, numbers and one-letter Latin terms removed, then terms that are too rare or too common
 * across documents dropped.
 *
 * <p>Defaults: a term must occur in at least {@value #DEFAULT_MIN_DOCUMENT_FREQUENCY} documents and
 * in at most {@value #DEFAULT_MAX_DOCUMENT_FRACTION} of them. Every article stays a document, even
 * when none of its terms survives (its topic distribution is then the prior).
 *
 * <p>Immutable and thread-safe once built. Made by a {@link Builder}:
 *
 * <pre>{@code
 * TopicCorpus corpus = TopicCorpus.builder().minDocumentFrequency(3).build(articles);
 * }</pre>
 */
public final class TopicCorpus {
  /** The default minimum number of documents a term must occur in. */
  public static final int DEFAULT_MIN_DOCUMENT_FREQUENCY = 2;

  /** The default maximum share of documents a term may occur in. */
  public static final double DEFAULT_MAX_DOCUMENT_FRACTION = 0.5;

  final String[] ids;
  final Language[] languages;
  final int[] docStart;
  final int[] words;
  final Vocabulary vocabulary;
  private final int minDocumentFrequency;
  private final double maxDocumentFraction;
  private final int droppedRare;
  private final int droppedCommon;

  TopicCorpus(
      String[] ids,
      Language[] languages,
      int[] docStart,
      int[] words,
      Vocabulary vocabulary,
      int minDocumentFrequency,
      double maxDocumentFraction,
      int droppedRare,
      int droppedCommon) {
    this.ids = ids;
    this.languages = languages;
    this.docStart = docStart;
    this.words = words;
    this.vocabulary = vocabulary;
    this.minDocumentFrequency = minDocumentFrequency;
    this.maxDocumentFraction = maxDocumentFraction;
    this.droppedRare = droppedRare;
    this.droppedCommon = droppedCommon;
  }

  /**
   * Starts a corpus builder with the default cut-offs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of documents.
   *
   * @return the number of articles the corpus was built from
   */
  public int documents() {
    return ids.length;
  }

  /**
   * Returns the number of kept term occurrences in all documents.
   *
   * @return the token count
   */
  public int tokens() {
    return words.length;
  }

  /**
   * Returns the number of distinct kept terms.
   *
   * @return the vocabulary size
   */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /**
   * Returns the ids of the documents, in the order they were given.
   *
   * @return the article ids
   */
  public List<String> ids() {
    return List.of(ids);
  }

  /**
   * Returns the language each document was analysed in.
   *
   * @param document the document index
   * @return its language
   * @throws IndexOutOfBoundsException if there is no such document
   */
  public Language language(int document) {
    return languages[document];
  }

  /**
   * Returns the number of kept terms of a document.
   *
   * @param document the document index
   * @return its length in tokens
   * @throws IndexOutOfBoundsException if there is no such document
   */
  public int length(int document) {
    return docStart[document + 1] - docStart[document];
  }

  /**
   * Returns the term ids of a document, for tools that take a corpus as id sequences (the ids index
   * {@link #terms()}).
   *
   * @param document the document index
   * @return a copy of its term ids, in text order
   * @throws IndexOutOfBoundsException if there is no such document
   */
  public int[] termIds(int document) {
    return java.util.Arrays.copyOfRange(words, docStart[document], docStart[document + 1]);
  }

  /**
   * Measures the coherence of a word list (e.g. a topic's top words from any model) over this
   * corpus, the way {@link Topic#umass()} and {@link Topic#npmi()} are measured.
   *
   * @param terms analysed terms of the vocabulary, most probable first; at least two
   * @return the UMass and NPMI coherence
   * @throws IllegalArgumentException if fewer than two terms are given or a term is not in the
   *     vocabulary
   */
  public TopicCoherence coherence(List<String> terms) {
    if (terms.size() < 2) {
      throw new IllegalArgumentException("coherence needs at least two terms: " + terms);
    }
    int[] ids = new int[terms.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.id(terms.get(i));
      if (ids[i] < 0) {
        throw new IllegalArgumentException("'" + terms.get(i) + "' is not in the vocabulary");
      }
    }
    double[][] measured = Coherence.measure(new int[][] {ids}, words, docStart, vocabulary.size());
    return new TopicCoherence(measured[0][0], measured[1][0]);
  }

  /**
   * Returns the analysed terms of the vocabulary, in id order.
   *
   * @return the terms
   */
  public List<String> terms() {
    return vocabulary.terms();
  }

  /**
   * Returns the minimum document frequency this corpus was built with.
   *
   * @return the cut-off
   */
  public int minDocumentFrequency() {
    return minDocumentFrequency;
  }

  /**
   * Returns the maximum document fraction this corpus was built with.
   *
   * @return the cut-off
   */
  public double maxDocumentFraction() {
    return maxDocumentFraction;
  }

  /**
   * Returns how many distinct terms were dropped for occurring in too few documents.
   *
   * @return the number of rare terms dropped
   */
  public int droppedRare() {
    return droppedRare;
  }

  /**
   * Returns how many distinct terms were dropped for occurring in too many documents.
   *
   * @return the number of common terms dropped
   */
  public int droppedCommon() {
    return droppedCommon;
  }

  @Override
  public String toString() {
    return "TopicCorpus["
        + documents()
        + " documents, "
        + tokens()
        + " tokens, "
        + vocabularySize()
        + " terms]";
  }

  /**
   * Builds a {@link TopicCorpus}. Each setter validates its value at once and may be called once.
   * Not thread-safe.
   */
  public static final class Builder {
    private Integer minDocumentFrequency;
    private Double maxDocumentFraction;
    private Set<String> stopWords;
    private ProgressListener progress;

    private Builder() {}

    /**
     * Leaves out more words than the built-in topic stop words (which already hold each language's
     * news boilerplate).
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
     * Hears how many articles were analysed, every 500 of them (default: nobody). The total is
     * known when the articles are a {@link Collection}.
     *
     * @param listener the listener, called from the thread that builds
     * @return this builder
     * @throws NullPointerException if listener is null
     * @throws IllegalStateException if it was already set
     */
    public Builder progressListener(ProgressListener listener) {
      requireState(progress == null, "progressListener was already set");
      progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the minimum number of documents a term must occur in.
     *
     * @param documents at least 1; default {@value #DEFAULT_MIN_DOCUMENT_FREQUENCY}
     * @return this builder
     * @throws IllegalArgumentException if documents is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder minDocumentFrequency(int documents) {
      requireState(
          minDocumentFrequency == null,
          "minDocumentFrequency was already set to %s",
          minDocumentFrequency);
      requireArgument(documents >= 1, "minDocumentFrequency must be >= 1: %s", documents);
      minDocumentFrequency = documents;
      return this;
    }

    /**
     * Sets the maximum share of documents a term may occur in.
     *
     * @param fraction in (0, 1]; default {@value #DEFAULT_MAX_DOCUMENT_FRACTION}
     * @return this builder
     * @throws IllegalArgumentException if fraction is not in (0, 1]
     * @throws IllegalStateException if it was already set
     */
    public Builder maxDocumentFraction(double fraction) {
      requireState(
          maxDocumentFraction == null,
          "maxDocumentFraction was already set to %s",
          maxDocumentFraction);
      requireArgument(
          fraction > 0 && fraction <= 1, "maxDocumentFraction must be in (0, 1]: %s", fraction);
      maxDocumentFraction = fraction;
      return this;
    }

    /**
     * Analyses the articles and builds the corpus.
     *
     * @param articles the articles, in the order their documents should have
     * @return the corpus
     * @throws IllegalArgumentException if there are no articles
     */
    public TopicCorpus build(Iterable<Article> articles) {
      int minDf =
          minDocumentFrequency == null ? DEFAULT_MIN_DOCUMENT_FREQUENCY : minDocumentFrequency;
      double maxFraction =
          maxDocumentFraction == null ? DEFAULT_MAX_DOCUMENT_FRACTION : maxDocumentFraction;
      RawCorpus raw = new RawCorpus(stopWords == null ? Set.of() : stopWords);
      long total = articles instanceof Collection<?> c ? c.size() : -1;
      long started = System.nanoTime();
      ProgressListener listener = progress == null ? ProgressListener.none() : progress;
      for (Article article : Objects.requireNonNull(articles, "articles")) {
        raw.add(article);
        int done = raw.ids.size();
        if (done % 500 == 0 || done == total) {
          listener.onProgress(
              new Progress(
                  "topics",
                  "analysing",
                  done,
                  total,
                  "articles",
                  Duration.ofNanos(System.nanoTime() - started),
                  ""));
        }
      }
      requireArgument(!raw.ids.isEmpty(), "no articles to build a topic corpus from");
      return raw.prune(minDf, maxFraction);
    }
  }

  /** The first pass: every term kept, counted per document. */
  private static final class RawCorpus {
    final List<String> ids = new ArrayList<>();
    final List<Language> languages = new ArrayList<>();
    final IntArrayList starts = new IntArrayList();
    final IntArrayList tokens = new IntArrayList();
    final Map<String, Integer> index = new HashMap<>();
    final List<String> terms = new ArrayList<>();
    final IntArrayList documentFrequency = new IntArrayList();
    final IntArrayList frequency = new IntArrayList();
    final Map<Integer, Map<String, Integer>> otherSurfaces = new HashMap<>();
    private final Set<String> stopWords;

    RawCorpus(Set<String> stopWords) {
      this.stopWords = stopWords;
    }

    void add(Article article) {
      String content = article.content();
      int first = tokens.size();
      starts.add(first);
      ids.add(article.id());
      IntIntHashMap seen = new IntIntHashMap();
      Language used =
          TopicTerms.analyze(
              content,
              article.language(),
              stopWords,
              (term, start, end) -> {
                int id = index.computeIfAbsent(term, this::newTerm);
                tokens.add(id);
                frequency.set(id, frequency.get(id) + 1);
                if (seen.put(id, 1) == 0) {
                  documentFrequency.set(id, documentFrequency.get(id) + 1);
                }
                String surface = content.substring(start, end);
                if (!surface.equals(term)) {
                  otherSurfaces
                      .computeIfAbsent(id, k -> new HashMap<>())
                      .merge(surface, 1, Integer::sum);
                }
              });
      languages.add(used);
    }

    private int newTerm(String term) {
      terms.add(term);
      documentFrequency.add(0);
      frequency.add(0);
      return terms.size() - 1;
    }

    TopicCorpus prune(int minDf, double maxFraction) {
      int documents = ids.size();
      int maxDf = (int) Math.floor(maxFraction * documents);
      int[] remap = new int[terms.size()];
      List<String> keptTerms = new ArrayList<>();
      List<String> keptSurfaces = new ArrayList<>();
      IntArrayList keptDf = new IntArrayList();
      int rare = 0;
      int common = 0;
      for (int id = 0; id < terms.size(); id++) {
        int df = documentFrequency.get(id);
        if (df < minDf) {
          remap[id] = -1;
          rare++;
        } else if (df > Math.max(maxDf, minDf)) {
          remap[id] = -1;
          common++;
        } else {
          remap[id] = keptTerms.size();
          keptTerms.add(terms.get(id));
          keptSurfaces.add(surface(id));
          keptDf.add(df);
        }
      }
      starts.add(tokens.size());
      int[] docStart = new int[documents + 1];
      IntArrayList kept = new IntArrayList(tokens.size());
      for (int d = 0; d < documents; d++) {
        docStart[d] = kept.size();
        for (int i = starts.get(d); i < starts.get(d + 1); i++) {
          int id = remap[tokens.get(i)];
          if (id >= 0) {
            kept.add(id);
          }
        }
      }
      docStart[documents] = kept.size();
      Vocabulary vocabulary =
          new Vocabulary(
              keptTerms.toArray(String[]::new),
              keptSurfaces.toArray(String[]::new),
              keptDf.toArray());
      return new TopicCorpus(
          ids.toArray(String[]::new),
          languages.toArray(Language[]::new),
          docStart,
          kept.toArray(),
          vocabulary,
          minDf,
          maxFraction,
          rare,
          common);
    }

    /** The most frequent way the term was written. */
    private String surface(int id) {
      String best = terms.get(id);
      Map<String, Integer> others = otherSurfaces.get(id);
      if (others == null) {
        return best;
      }
      int bestCount =
          frequency.get(id) - others.values().stream().mapToInt(Integer::intValue).sum();
      for (Map.Entry<String, Integer> entry : others.entrySet()) {
        int count = entry.getValue();
        if (count > bestCount || (count == bestCount && entry.getKey().compareTo(best) < 0)) {
          best = entry.getKey();
          bestCount = count;
        }
      }
      return best;
    }
  }
}
