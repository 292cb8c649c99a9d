package io.github.policythemes.features;

/**
 * 64-bit keys of terms and term bigrams, computed straight from {@code char[]}.
 *
 * <p>FNV-1a over the chars, finished with MurmurHash3's 64-bit mixer; a bigram's key mixes the two
 * term keys in order. With 64 bits, two different features of one model share a key with
 * probability about n²/2⁶⁵ (10⁻⁷ for a million features), so the vocabulary keeps keys, not
 * strings, on the hot path.
 */
final class TermKeys {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long BIGRAM_SALT = 0x9E3779B97F4A7C15L;

  private TermKeys() {}

  static long of(char[] buffer, int length) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < length; i++) {
      hash = (hash ^ buffer[i]) * FNV_PRIME;
    }
    return mix(hash);
  }

  static long of(char c) {
    return mix((FNV_OFFSET ^ c) * FNV_PRIME);
  }

  static long of(String term) {
    return of(term.toCharArray(), term.length());
  }

  static long bigram(long first, long second) {
    return mix(first * BIGRAM_SALT + second + 1);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
