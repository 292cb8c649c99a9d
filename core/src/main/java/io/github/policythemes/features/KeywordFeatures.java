package io.github.policythemes.features;

import com.carrotsearch.hppc.LongObjectHashMap;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A taxonomy's weighted keywords, matched on the same term stream that the text features come from,
 * as one extra feature per theme: the keyword evidence for that theme in the document.
 *
 * <p>Each keyword is analysed once with the classification chain of its language, so it becomes a
 * sequence of term keys; a document matches it where the same keys follow each other. A theme's
 * feature value is {@code 1 - exp(-e)}, where {@code e} sums the weights of its matched keyword
 * occurrences: one full-weight keyword gives 0.63, two give 0.86. Unlike the text features, the
 * value is not divided by the document's length, so one plain mention of a theme in a long article
 * counts as much as in a headline; how much it counts, the trainer learns.
 *
 * <p>Immutable and thread-safe; the per-document matching state lives in {@link Matcher}.
 */
final class KeywordFeatures {
  /** Keywords longer than this many terms are left out (none of the built-in ones comes close). */
  static final int MAX_TERMS = 32;

  private static final int FILTER_BITS = 16;

  private final int themes;
  private final EnumMap<Language, Table> tables = new EnumMap<>(Language.class);

  private KeywordFeatures(int themes) {
    this.themes = themes;
  }

  /**
   * Compiles a taxonomy's keywords for the chains of the given settings.
   *
   * @param taxonomy the themes, in the order of the feature columns
   * @param settings the chain per language
   * @return the compiled keywords
   */
  static KeywordFeatures compile(Taxonomy taxonomy, FeatureSettings settings) {
    List<Theme> list = taxonomy.themes();
    KeywordFeatures compiled = new KeywordFeatures(list.size());
    for (Language language : Language.values()) {
      List<long[]> keys = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      List<Float> weights = new ArrayList<>();
      Chain chain = settings.chainFor(language);
      TextAnalyzer analyzer = null;
      for (int t = 0; t < list.size(); t++) {
        for (Keyword keyword : list.get(t).keywords(language)) {
          if (analyzer == null) {
            analyzer = TextAnalyzer.forLanguage(language);
          }
          long[] sequence = sequence(analyzer, chain, keyword.phrase());
          if (sequence.length > 0 && sequence.length <= MAX_TERMS) {
            keys.add(sequence);
            owners.add(t);
            weights.add((float) keyword.weight());
          }
        }
      }
      if (!keys.isEmpty()) {
        compiled.tables.put(language, new Table(keys, owners, weights));
      }
    }
    return compiled;
  }

  private static long[] sequence(TextAnalyzer analyzer, Chain chain, String phrase) {
    long[] keys = new long[8];
    int[] size = {0};
    long[][] holder = {keys};
    analyzer.analyze(
        phrase,
        chain,
        (buffer, length, start, end, increment) -> {
          if (size[0] == holder[0].length) {
            holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
          }
          holder[0][size[0]++] = TermKeys.of(buffer, length);
        });
    return Arrays.copyOf(holder[0], size[0]);
  }

  /**
   * Returns the number of extra features: one per theme.
   *
   * @return the number of themes
   */
  int size() {
    return themes;
  }

  /**
   * Returns how many keywords were compiled for a language.
   *
   * @param language the language
   * @return the count
   */
  int keywords(Language language) {
    Table table = tables.get(language);
    return table == null ? 0 : table.owner.length;
  }

  Table table(Language language) {
    return tables.get(language);
  }

  /** The compiled keywords of one language, indexed by the key of their last term. */
  static final class Table {
    final long[][] keys;
    final int[] owner;
    final float[] weight;
    final long[] filter = new long[(1 << FILTER_BITS) >>> 6];
    final LongObjectHashMap<int[]> byLast = new LongObjectHashMap<>();

    Table(List<long[]> keys, List<Integer> owners, List<Float> weights) {
      this.keys = keys.toArray(new long[0][]);
      this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
      this.weight = new float[weights.size()];
      Map<Long, List<Integer>> grouped = new java.util.LinkedHashMap<>();
      for (int k = 0; k < this.keys.length; k++) {
        weight[k] = weights.get(k);
        long last = this.keys[k][this.keys[k].length - 1];
        grouped.computeIfAbsent(last, x -> new ArrayList<>()).add(k);
        int bit = (int) last & ((1 << FILTER_BITS) - 1);
        filter[bit >>> 6] |= 1L << bit;
      }
      grouped.forEach(
          (last, list) -> byLast.put(last, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    boolean mayEnd(long key) {
      int bit = (int) key & ((1 << FILTER_BITS) - 1);
      return (filter[bit >>> 6] & (1L << bit)) != 0;
    }
  }

  /**
   * Per-document matching state: the last terms seen and the evidence per theme. Not thread-safe;
   * one per {@link FeatureBuffer}.
   */
  static final class Matcher {
    private final long[] recent = new long[MAX_TERMS];
    private final int[] recentStart = new int[MAX_TERMS];
    private final float[] evidence;
    private Table table;
    private int seen;

    Matcher(int themes) {
      evidence = new float[themes];
    }

    /** Starts a document. */
    void reset(Table forLanguage) {
      table = forLanguage;
      seen = 0;
      Arrays.fill(evidence, 0f);
    }

    boolean active() {
      return table != null;
    }

    /**
     * Takes the next term; returns the theme index of each keyword that ends here through the
     * callback.
     */
    void term(long key, int start, int end, Hit hit) {
      int slot = seen & (MAX_TERMS - 1);
      recent[slot] = key;
      recentStart[slot] = start;
      seen++;
      if (!table.mayEnd(key)) {
        return;
      }
      int[] candidates = table.byLast.get(key);
      if (candidates == null) {
        return;
      }
      for (int k : candidates) {
        long[] sequence = table.keys[k];
        int n = sequence.length;
        if (n > seen) {
          continue;
        }
        boolean match = true;
        for (int j = 2; j <= n && match; j++) {
          match = recent[(seen - j) & (MAX_TERMS - 1)] == sequence[n - j];
        }
        if (match) {
          int theme = table.owner[k];
          evidence[theme] += table.weight[k];
          hit.keyword(theme, recentStart[(seen - n) & (MAX_TERMS - 1)], end);
        }
      }
    }

    /** The evidence of a theme: the summed weights of its matched keyword occurrences. */
    float evidence(int theme) {
      return evidence[theme];
    }

    int themes() {
      return evidence.length;
    }
  }

  /** Receives a keyword occurrence. */
  interface Hit {
    void keyword(int theme, int start, int end);
  }
}
