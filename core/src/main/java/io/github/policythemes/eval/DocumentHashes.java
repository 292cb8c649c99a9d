package io.github.policythemes.eval;

import io.github.policythemes.article.Article;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Fingerprints of the articles a model was trained on, to tell how many evaluation articles it has
 * already seen: a 64-bit prefix of the SHA-256 of each article's title and text, with case and runs
 * of white space ignored (so a re-exported copy still matches). Written next to the default model
 * when it is built.
 *
 * <pre>{@code
 * DocumentHashes training = DocumentHashes.of(articles);
 * long seen = evaluation.stream().filter(training::contains).count();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentHashes {
  private static final int MAGIC = 0x50544448; // "PTDH"
  private static final int VERSION = 1;

  private final long[] sorted;

  private DocumentHashes(long[] sorted) {
    this.sorted = sorted;
  }

  /**
   * Fingerprints articles.
   *
   * @param articles the articles
   * @return their fingerprints
   */
  public static DocumentHashes of(Collection<Article> articles) {
    long[] hashes = articles.stream().mapToLong(DocumentHashes::hash).sorted().distinct().toArray();
    return new DocumentHashes(hashes);
  }

  /**
   * Returns the fingerprint of one article.
   *
   * @param article the article
   * @return the first 8 bytes of the SHA-256 of its normalised title and text
   */
  public static long hash(Article article) {
    String normal =
        (article.title() + "\n" + article.text())
            .strip()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = value << 8 | (digest[i] & 0xFF);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /**
   * Tells whether an article is among these.
   *
   * @param article the article
   * @return true when its fingerprint is
   */
  public boolean contains(Article article) {
    return Arrays.binarySearch(sorted, hash(article)) >= 0;
  }

  /**
   * Returns how many distinct articles were fingerprinted.
   *
   * @return the count
   */
  public int size() {
    return sorted.length;
  }

  /**
   * Writes the fingerprints: a magic number, a version, the count, the sorted hashes.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(sorted.length);
    for (long hash : sorted) {
      data.writeLong(hash);
    }
    data.flush();
  }

  /**
   * Reads fingerprints written by {@link #write(OutputStream)}.
   *
   * @param in the stream; not closed
   * @return the fingerprints
   * @throws IOException if the stream cannot be read or holds something else
   */
  public static DocumentHashes read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC || data.readInt() != VERSION) {
      throw new IOException("not a document-hash file of version " + VERSION);
    }
    int count = data.readInt();
    if (count < 0 || count > 100_000_000) {
      throw new IOException("document-hash file claims " + count + " hashes");
    }
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = data.readLong();
    }
    return new DocumentHashes(hashes);
  }
}
