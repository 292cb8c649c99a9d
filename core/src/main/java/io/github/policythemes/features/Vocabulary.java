package io.github.policythemes.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The features a model knows: terms and term bigrams, each with its inverse document frequency and
 * a readable form.
 *
 * <p>Lookup goes by a 64-bit key computed from the term's chars, so the hot path never builds a
 * {@code String}. Immutable and thread-safe. Built by {@link VocabularyBuilder} during training and
 * by {@link #read(byte[])} when a model is loaded.
 */
public final class Vocabulary {
  private static final int FORMAT = 1;

  private final String[] first;
  private final String[] second; // null for unigrams
  private final float[] idf;

  /*
   * Open addressing with linear probing, at most 3/4 full. Each slot is two longs, the key and then
   * the entry: (feature + 1) << 32 | the idf's float bits, 0 for an empty slot. A hit thus reads one
   * cache line and brings the idf along, where a map from key to index (HPPC's LongIntHashMap) read
   * a key array, a value array and then the idf array: three cache misses per term, which were a
   * third of the time of classifying Korean and Chinese text. Keys are MurmurHash3-mixed already,
   * so their low bits pick the slot.
   */
  private final long[] table;
  private final int mask;

  Vocabulary(String[] first, String[] second, float[] idf) {
    if (first.length != second.length || first.length != idf.length) {
      throw new IllegalArgumentException("vocabulary arrays differ in length");
    }
    this.first = first;
    this.second = second;
    this.idf = idf;
    int slots = 4;
    while (slots * 3L < first.length * 4L) {
      slots <<= 1;
    }
    this.table = new long[2 * slots];
    this.mask = slots - 1;
    for (int i = 0; i < first.length; i++) {
      long key =
          second[i] == null
              ? TermKeys.of(first[i])
              : TermKeys.bigram(TermKeys.of(first[i]), TermKeys.of(second[i]));
      int slot = (int) key & mask;
      while (table[2 * slot + 1] != 0) {
        if (table[2 * slot] == key) {
          throw new IllegalArgumentException("feature '" + term(i) + "' appears twice");
        }
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = (long) (i + 1) << 32 | (Float.floatToRawIntBits(idf[i]) & 0xFFFFFFFFL);
    }
  }

  /**
   * Returns how many features there are.
   *
   * @return the number of features
   */
  public int size() {
    return idf.length;
  }

  /**
   * Returns a feature's readable form: the analysed term, or two terms joined by a space.
   *
   * @param feature the feature index
   * @return the term or bigram
   * @throws IndexOutOfBoundsException if there is no such feature
   */
  public String term(int feature) {
    return second[feature] == null ? first[feature] : first[feature] + " " + second[feature];
  }

  /**
   * Returns a feature's inverse document frequency.
   *
   * @param feature the feature index
   * @return {@code ln((n + 1) / (df + 1)) + 1} over the training documents
   */
  public float idf(int feature) {
    return idf[feature];
  }

  /**
   * Finds the feature of a term (a unigram).
   *
   * @param term the analysed term
   * @return the feature index, or -1 if the term is not in the vocabulary
   */
  public int indexOf(String term) {
    return find(TermKeys.of(term));
  }

  /**
   * Finds the feature of a term bigram.
   *
   * @param term1 the first analysed term
   * @param term2 the second analysed term
   * @return the feature index, or -1 if the bigram is not in the vocabulary
   */
  public int indexOf(String term1, String term2) {
    return find(TermKeys.bigram(TermKeys.of(term1), TermKeys.of(term2)));
  }

  int find(long key) {
    long entry = entry(key);
    return entry == 0 ? -1 : feature(entry);
  }

  /** Returns the entry of a key, to read with {@link #feature} and {@link #idf}; 0 if absent. */
  long entry(long key) {
    for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
      long entry = table[2 * slot + 1];
      if (entry == 0 || table[2 * slot] == key) {
        return entry;
      }
    }
  }

  static int feature(long entry) {
    return (int) (entry >>> 32) - 1;
  }

  static float idf(long entry) {
    return Float.intBitsToFloat((int) entry);
  }

  /**
   * Serialises the vocabulary for a model bundle.
   *
   * @return the bytes that {@link #read(byte[])} reads
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(size());
      for (int i = 0; i < size(); i++) {
        out.writeBoolean(second[i] != null);
        out.writeUTF(first[i]);
        if (second[i] != null) {
          out.writeUTF(second[i]);
        }
        out.writeFloat(idf[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a vocabulary written by {@link #toBytes()}.
   *
   * @param bytes the bytes
   * @return the vocabulary
   * @throws IOException if the bytes are not a vocabulary
   */
  public static Vocabulary read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("vocabulary format " + format + " is not " + FORMAT);
      }
      int size = in.readInt();
      if (size < 0 || size > bytes.length) {
        throw new IOException("vocabulary size " + size + " is impossible");
      }
      String[] first = new String[size];
      String[] second = new String[size];
      float[] idf = new float[size];
      for (int i = 0; i < size; i++) {
        boolean bigram = in.readBoolean();
        first[i] = in.readUTF();
        second[i] = bigram ? in.readUTF() : null;
        idf[i] = in.readFloat();
      }
      if (in.read() != -1) {
        throw new IOException("vocabulary has trailing bytes");
      }
      return new Vocabulary(first, second, idf);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Makes a vocabulary from explicit features; for tests and tools.
   *
   * @param terms unigram terms, or bigrams written as two terms joined by one space
   * @param idf the idf of each
   * @return the vocabulary
   */
  public static Vocabulary of(List<String> terms, float[] idf) {
    Objects.requireNonNull(terms, "terms");
    String[] first = new String[terms.size()];
    String[] second = new String[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      String[] parts = terms.get(i).split(" ", 2);
      first[i] = parts[0];
      second[i] = parts.length == 2 ? parts[1] : null;
    }
    return new Vocabulary(first, second, idf.clone());
  }
}
