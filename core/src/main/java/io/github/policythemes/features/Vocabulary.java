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
   * Open addressing with linear probing, at most 3/4 full, one long per slot: the upper 32 bits of
   * the key (its tag) and then feature + 1; 0 is an empty slot. The low bits of the key pick the
   * slot, so a lookup compares tags, and a key that is not in the vocabulary is taken for one that
   * is only if it shares the tag of a key in its probe run. Two features of the vocabulary whose
   * tags meet that way are marked AMBIGUOUS and resolved by their full keys in a small side list,
   * which also turns away any other key with that tag. At 8 bytes a slot, the table of a 34,000
   * feature model is 512 KB and stays in a core's L2 cache; with the key and an idf beside the
   * feature (16 bytes) it was 1 MB and each lookup was a trip to L3, a third of the time of
   * classifying Korean and Chinese text. Keys are MurmurHash3-mixed already.
   */
  private static final long AMBIGUOUS = 0x8000_0000L; // in the low half of an entry

  private final long[] table;
  private final int mask;
  private final long[] ambiguousKeys;
  private final int[] ambiguousFeatures;

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
    this.table = new long[slots];
    this.mask = slots - 1;
    long[] keys = new long[first.length];
    boolean[] ambiguous = new boolean[first.length];
    int ambiguousCount = 0;
    for (int i = 0; i < first.length; i++) {
      long key =
          second[i] == null
              ? TermKeys.of(first[i])
              : TermKeys.bigram(TermKeys.of(first[i]), TermKeys.of(second[i]));
      keys[i] = key;
      int slot = (int) key & mask;
      for (; table[slot] != 0; slot = (slot + 1) & mask) {
        if (tag(table[slot]) == tag(key)) {
          int other = featureOf(table[slot]);
          if (keys[other] == key) {
            throw new IllegalArgumentException("feature '" + term(i) + "' appears twice");
          }
          if (!ambiguous[other]) {
            ambiguous[other] = true;
            ambiguousCount++;
            table[slot] |= AMBIGUOUS;
          }
          ambiguous[i] = true;
        }
      }
      if (ambiguous[i]) {
        ambiguousCount++;
      }
      table[slot] = (key & 0xFFFF_FFFF_0000_0000L) | (i + 1) | (ambiguous[i] ? AMBIGUOUS : 0);
    }
    ambiguousKeys = new long[ambiguousCount];
    ambiguousFeatures = new int[ambiguousCount];
    for (int i = 0, n = 0; n < ambiguousCount; i++) {
      if (ambiguous[i]) {
        ambiguousKeys[n] = keys[i];
        ambiguousFeatures[n++] = i;
      }
    }
  }

  private static int featureOf(long entry) {
    return (int) (entry & ~AMBIGUOUS) - 1;
  }

  /** The upper half of a key, or of an entry. */
  private static int tag(long keyOrEntry) {
    return (int) (keyOrEntry >>> 32);
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

  /** Returns the feature of a key, -1 if absent. */
  int find(long key) {
    int tag = tag(key);
    for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (tag(entry) == tag) {
        return (entry & AMBIGUOUS) == 0 ? (int) entry - 1 : findAmbiguous(key);
      }
    }
  }

  private int findAmbiguous(long key) {
    for (int i = 0; i < ambiguousKeys.length; i++) {
      if (ambiguousKeys[i] == key) {
        return ambiguousFeatures[i];
      }
    }
    return -1;
  }

  /** How many features share their tag with another one in a probe run (for tests). */
  int ambiguousFeatures() {
    return ambiguousKeys.length;
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
