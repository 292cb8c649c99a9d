package io.github.policythemes.features;

import java.util.Arrays;

/**
 * Reusable scratch space for one document's features: the sparse, weighted, length-normalised
 * vector, and optionally where in the text each feature occurred.
 *
 * <p>Not thread-safe: keep one per thread (a classifier keeps one in a {@code ThreadLocal}).
 * Filling it allocates nothing once its arrays have grown to the largest document seen.
 */
public final class FeatureBuffer {
  private final int[] slot; // feature -> position in indices, or -1
  private int[] indices = new int[256];
  private float[] values = new float[256];
  private float[] idfs = new float[256];
  private int size;

  private boolean recording;
  private int[] occurrences = new int[0]; // triples: feature, start, end
  private int occurrenceCount;

  final Collector collector = new Collector();

  /**
   * Creates a buffer for a number of features.
   *
   * @param features the number of features: the vocabulary's size, plus one per theme when the
   *     extractor adds keyword features
   */
  public FeatureBuffer(int features) {
    slot = new int[features];
    Arrays.fill(slot, -1);
  }

  /**
   * Returns how many distinct features the document has.
   *
   * @return the number of non-zero entries
   */
  public int size() {
    return size;
  }

  /**
   * Returns the feature of an entry.
   *
   * @param i the entry, {@code 0 <= i < size()}
   * @return the feature index
   */
  public int index(int i) {
    return indices[i];
  }

  /**
   * Returns the weight of an entry.
   *
   * @param i the entry, {@code 0 <= i < size()}
   * @return the weight (tf-idf, length-normalised)
   */
  public float value(int i) {
    return values[i];
  }

  /**
   * Returns how many feature occurrences were recorded (only when extracting with offsets).
   *
   * @return the number of occurrences
   */
  public int occurrences() {
    return occurrenceCount;
  }

  /**
   * Returns the feature of a recorded occurrence.
   *
   * @param i the occurrence
   * @return the feature index
   */
  public int occurrenceFeature(int i) {
    return occurrences[3 * i];
  }

  /**
   * Returns where a recorded occurrence starts in the analysed text.
   *
   * @param i the occurrence
   * @return the start offset
   */
  public int occurrenceStart(int i) {
    return occurrences[3 * i + 1];
  }

  /**
   * Returns where a recorded occurrence ends in the analysed text.
   *
   * @param i the occurrence
   * @return the end offset
   */
  public int occurrenceEnd(int i) {
    return occurrences[3 * i + 2];
  }

  /**
   * Returns the weight of a feature in the current document.
   *
   * @param feature the feature index
   * @return its weight, 0 when absent
   */
  public float weightOf(int feature) {
    int position = slot[feature];
    return position < 0 ? 0f : values[position];
  }

  void reset(boolean record) {
    for (int i = 0; i < size; i++) {
      slot[indices[i]] = -1;
    }
    size = 0;
    recording = record;
    occurrenceCount = 0;
  }

  int capacity() {
    return slot.length;
  }

  private void add(int feature, Vocabulary vocabulary, int start, int end) {
    int position = slot[feature];
    if (position < 0) {
      if (size == indices.length) {
        indices = Arrays.copyOf(indices, size * 2);
        values = Arrays.copyOf(values, size * 2);
        idfs = Arrays.copyOf(idfs, size * 2);
      }
      position = size++;
      slot[feature] = position;
      indices[position] = feature;
      values[position] = 0f;
      idfs[position] = vocabulary.idf(feature);
    }
    values[position] += 1f;
    if (recording) {
      record(feature, start, end);
    }
  }

  void weigh(boolean sublinear) {
    double norm = 0;
    for (int i = 0; i < size; i++) {
      float tf = values[i];
      // most features occur once, and 1 + ln(1) is 1 whatever the last bit of Math.log(1)
      float weight = (sublinear && tf != 1f ? 1f + (float) Math.log(tf) : tf) * idfs[i];
      values[i] = weight;
      norm += (double) weight * weight;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < size; i++) {
        values[i] *= scale;
      }
    }
  }

  /**
   * Adds the keyword features after {@link #weigh}: one per theme with evidence, valued {@code
   * scale * (1 - exp(-evidence))} and not length-normalised.
   */
  void addKeywordFeatures(KeywordFeatures.Matcher matcher, int base, float scale) {
    for (int t = 0, n = matcher.themes(); t < n; t++) {
      float evidence = matcher.evidence(t);
      if (evidence > 0) {
        int feature = base + t;
        if (size == indices.length) {
          indices = Arrays.copyOf(indices, size * 2);
          values = Arrays.copyOf(values, size * 2);
          idfs = Arrays.copyOf(idfs, size * 2);
        }
        int position = size++;
        slot[feature] = position;
        indices[position] = feature;
        values[position] = scale * (float) -Math.expm1(-evidence);
        idfs[position] = 1f;
      }
    }
  }

  private void record(int feature, int start, int end) {
    if (3 * occurrenceCount + 3 > occurrences.length) {
      occurrences = Arrays.copyOf(occurrences, Math.max(96, occurrences.length * 2));
    }
    occurrences[3 * occurrenceCount] = feature;
    occurrences[3 * occurrenceCount + 1] = start;
    occurrences[3 * occurrenceCount + 2] = end;
    occurrenceCount++;
  }

  /** Receives the analysed terms and looks up their features. */
  final class Collector extends FeatureEmitter implements KeywordFeatures.Hit {
    Vocabulary vocabulary;
    KeywordFeatures.Matcher matcher; // null when the model has no keyword features
    boolean matching;

    @Override
    void feature(Kind kind, long key, int start, int end) {
      int feature = vocabulary.find(key);
      if (feature >= 0) {
        add(feature, vocabulary, start, end);
      }
    }

    @Override
    void observe(long key, int start, int end) {
      if (matching) {
        matcher.term(key, start, end, this);
      }
    }

    @Override
    public void keyword(int theme, int start, int end) {
      if (recording) {
        record(vocabulary.size() + theme, start, end);
      }
    }
  }
}
