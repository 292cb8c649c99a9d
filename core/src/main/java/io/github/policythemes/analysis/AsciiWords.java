package io.github.policythemes.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A fixed set of ASCII words, the short ones looked up as packed longs: 7 bits per char and the
 * length in the top byte, so every ASCII word of up to {@value #MAX_LENGTH} chars has its own long,
 * and a lookup hashes no chars and compares none. The few longer members ("themselves") are kept in
 * a Lucene set and checked with {@link #containsLong}. For the stop and function words that every
 * English token or word is checked against.
 *
 * <pre>{@code
 * AsciiWords words = AsciiWords.of(List.of("the", "of"));
 * long packed = 0;
 * for (char c : "the".toCharArray()) packed = AsciiWords.append(packed, c);
 * words.contains(AsciiWords.key(packed, 3)); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class AsciiWords {
  /** The longest word that has a packed key. */
  static final int MAX_LENGTH = 8;

  private final long[] table; // open addressing, 0 = empty (no key is 0: the length is >= 1)
  private final int mask;
  private final CharArraySet longWords;
  private final int longestWord;

  private AsciiWords(List<char[]> all) {
    List<char[]> words = new ArrayList<>();
    List<String> longer = new ArrayList<>();
    for (char[] word : all) {
      if (word.length <= MAX_LENGTH) {
        words.add(word);
      } else {
        longer.add(new String(word));
      }
    }
    longWords = new CharArraySet(longer, false);
    longestWord = longer.stream().mapToInt(String::length).max().orElse(0);
    table = new long[Math.max(16, Integer.highestOneBit(words.size()) * 4)];
    mask = table.length - 1;
    for (char[] word : words) {
      long packed = 0;
      for (char c : word) {
        packed = append(packed, c);
      }
      long key = key(packed, word.length);
      int slot = slot(key);
      while (table[slot] != 0 && table[slot] != key) {
        slot = (slot + 1) & mask;
      }
      table[slot] = key;
    }
  }

  /**
   * Makes the set of some words.
   *
   * @param words lower- or mixed-case words, compared exactly
   * @return the set
   * @throws IllegalArgumentException if a word is empty or not ASCII
   */
  static AsciiWords of(List<String> words) {
    return new AsciiWords(words.stream().map(AsciiWords::checked).toList());
  }

  /**
   * Makes the set of the words of a Lucene set.
   *
   * @param set the words
   * @return the set
   * @throws IllegalArgumentException if a word is not ASCII
   */
  static AsciiWords of(CharArraySet set) {
    List<String> words = new ArrayList<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    return of(words);
  }

  /** Adds an ASCII char to a packed word. */
  static long append(long packed, char c) {
    return packed << 7 | c;
  }

  /** The key of a packed word of {@code length} ASCII chars, at most {@value #MAX_LENGTH}. */
  static long key(long packed, int length) {
    return packed | (long) length << 56;
  }

  /** Tells whether the word with this key is in the set. */
  boolean contains(long key) {
    for (int slot = slot(key); table[slot] != 0; slot = (slot + 1) & mask) {
      if (table[slot] == key) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a word is in the set, whatever its length.
   *
   * @param buffer the chars of the word, exactly as the members are spelled
   * @param length its length
   * @param packed its chars packed with {@link #append}; only read for words of up to {@value
   *     #MAX_LENGTH} chars
   */
  boolean contains(char[] buffer, int length, long packed) {
    return length <= MAX_LENGTH ? contains(key(packed, length)) : containsLong(buffer, length);
  }

  /**
   * Tells whether a word longer than {@value #MAX_LENGTH} chars is in the set.
   *
   * @param buffer the chars of the word, exactly as the members are spelled
   * @param length its length, more than {@value #MAX_LENGTH}
   */
  boolean containsLong(char[] buffer, int length) {
    return length <= longestWord && longWords.contains(buffer, 0, length);
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private static boolean fits(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c < 0x80);
  }

  private static char[] checked(String word) {
    if (!fits(word)) {
      throw new IllegalArgumentException("'" + word + "' is not a non-empty ASCII word");
    }
    return word.toCharArray();
  }
}
