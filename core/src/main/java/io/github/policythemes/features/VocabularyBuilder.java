package io.github.policythemes.features;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Collects the features of training documents and their document frequencies, then builds a {@link
 * Vocabulary}. Mutable and not thread-safe: a training step, not a hot path.
 *
 * <p>The result does not depend on the order documents were added: features are sorted by document
 * frequency, then by their text.
 */
public final class VocabularyBuilder {
  private final FeatureSettings settings;
  private final LongIntHashMap documentFrequency = new LongIntHashMap();
  private final LongObjectHashMap<String[]> names = new LongObjectHashMap<>();
  private final LongHashSet seen = new LongHashSet();
  private final Namer namer = new Namer();
  private int documents;

  /**
   * Creates a builder.
   *
   * @param settings the analysis and cut-off settings
   */
  public VocabularyBuilder(FeatureSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Adds one training document.
   *
   * @param text the text
   * @param language its language
   */
  public void add(String text, Language language) {
    Chain chain = settings.chainFor(language);
    namer.start(text);
    namer.reset(settings.ngrams() >= 2, chain == Chain.BIGRAMS);
    TextAnalyzer.forLanguage(language).analyze(text, chain, namer);
    namer.finish(text);
    documents++;
  }

  private void count(long key, String first, String second) {
    if (seen.add(key)) {
      documentFrequency.addTo(key, 1);
      if (!names.containsKey(key)) {
        names.put(key, new String[] {first, second});
      }
    }
  }

  /** Emits the features of training text with readable names, counting document frequency. */
  private final class Namer extends FeatureEmitter {
    private String text;
    private String term;
    private String previousTerm;
    private boolean inFinish;

    void start(String document) {
      text = document;
      term = null;
      previousTerm = null;
      seen.clear();
    }

    @Override
    public void term(char[] buffer, int length, int start, int end, int increment) {
      previousTerm = term;
      term = new String(buffer, 0, length);
      super.term(buffer, length, start, end, increment);
    }

    @Override
    void feature(Kind kind, long key, int start, int end) {
      switch (kind) {
        case TERM -> count(key, term, null);
        case PAIR -> count(key, previousTerm, term);
        case FIRST_CHAR -> count(key, term.substring(0, 1), null);
        case START_TERM -> count(key, START, term);
        case START_CHAR -> count(key, START, term.substring(0, 1));
        // the word being closed is the previous term, or the last one at the end of the text
        case END_TERM -> count(key, closing(), END);
        case END_CHAR -> count(key, last(closing()), END);
        case SYMBOL -> count(key, text.substring(start, end), null);
      }
    }

    private String closing() {
      return previousTerm != null && !inFinish ? previousTerm : term;
    }

    @Override
    void finish(CharSequence document) {
      inFinish = true;
      super.finish(document);
      inFinish = false;
    }

    private String last(String value) {
      return value.substring(value.length() - 1);
    }
  }

  /**
   * Returns how many documents were added.
   *
   * @return the document count
   */
  public int documents() {
    return documents;
  }

  /**
   * Builds the vocabulary: features seen in at least {@code minDf} documents, the most frequent
   * {@code maxFeatures} of them when limited, with smoothed idf.
   *
   * @return the vocabulary
   * @throws IllegalStateException if no document was added
   */
  public Vocabulary build() {
    if (documents == 0) {
      throw new IllegalStateException("no documents were added");
    }
    List<long[]> kept = new ArrayList<>(); // key, df
    for (LongIntCursor cursor : documentFrequency) {
      if (cursor.value >= settings.minDf()) {
        kept.add(new long[] {cursor.key, cursor.value});
      }
    }
    Comparator<long[]> byFrequency = Comparator.comparingLong(entry -> -entry[1]);
    kept.sort(byFrequency.thenComparing(entry -> display(entry[0])));
    int size =
        settings.maxFeatures() > 0 ? Math.min(kept.size(), settings.maxFeatures()) : kept.size();
    String[] first = new String[size];
    String[] second = new String[size];
    float[] idf = new float[size];
    for (int i = 0; i < size; i++) {
      String[] name = names.get(kept.get(i)[0]);
      first[i] = name[0];
      second[i] = name[1];
      idf[i] = (float) (Math.log((documents + 1.0) / (kept.get(i)[1] + 1.0)) + 1.0);
    }
    return new Vocabulary(first, second, idf);
  }

  private String display(long key) {
    String[] name = names.get(key);
    return name[1] == null ? name[0] : name[0] + " " + name[1];
  }
}
