package io.github.policythemes.index;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.StoredFields;

/**
 * The stored articles of one view of the index as records, in the order they were indexed, with
 * their source, line and kept fields: the input of a reindex. Remembers each article's sequence
 * number so that the article classified again keeps its place. Not thread-safe, like every source.
 */
final class StoredSource implements RecordSource {
  private final StoredFields stored;
  private final long[] docs;
  private final Map<String, Long> seqs;
  private int next;

  /**
   * Makes the source.
   *
   * @param docs the documents, as {@link ArchiveLoads#inSeqOrder} packs them
   * @param seqs receives each article's sequence number by id
   */
  StoredSource(ArchiveSearcher searcher, long[] docs, Map<String, Long> seqs) throws IOException {
    this.stored = searcher.getIndexReader().storedFields();
    this.docs = docs;
    this.seqs = seqs;
  }

  @Override
  public InputRecord next() throws IOException {
    if (next == docs.length) {
      return null;
    }
    long packed = docs[next++];
    IndexedArticle article = ArchiveSchema.article(stored.document(ArchiveLoads.docOf(packed)));
    seqs.put(article.id(), ArchiveLoads.seqOf(packed));
    return new ArticleRecord(article.article(), article.source(), article.line(), article.meta());
  }

  @Override
  public void close() {}
}
