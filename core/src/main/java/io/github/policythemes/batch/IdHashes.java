package io.github.policythemes.batch;

import com.carrotsearch.hppc.LongHashSet;

/**
 * Remembers ids by a 64-bit hash, to count duplicates in bounded memory (about 16 bytes an id). A
 * collision would only count one record too many as a duplicate. Not thread-safe.
 */
final class IdHashes {
  private final LongHashSet seen = new LongHashSet();

  /** Adds an id; true if it was seen before. */
  boolean addAndCheck(String id) {
    return !seen.add(hash(id));
  }

  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    // murmur3 finaliser: spreads FNV's weak high bits
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
