package io.github.policythemes.index;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;

/**
 * The matching articles of one view of the index as classify's JSONL ({@code --keep-text}), one
 * line at a time as the reader is read, written by classify's own {@link ResultWriter}. Holds the
 * view until closed. Not thread-safe.
 */
final class ClassifiedJsonlReader extends Reader {
  private final ArchiveSearcher searcher;
  private final SearcherManager manager;
  private final StoredFields stored;
  private final long[] docs;
  private final StringBuilder buffer = new StringBuilder(1 << 14);
  private final ResultWriter lines;
  private int next;
  private int at;
  private boolean closed;

  ClassifiedJsonlReader(
      ArchiveSearcher searcher, ThemeQuery query, IndexedModel model, SearcherManager manager)
      throws IOException {
    this.searcher = searcher;
    this.manager = manager;
    Query full = ArchiveQueries.query(query, ArchiveQueries.text(query, searcher.languages), model);
    this.docs = ArchiveLoads.inSeqOrder(searcher, full);
    this.stored = searcher.getIndexReader().storedFields();
    this.lines = ResultWriter.jsonl(new BufferWriter(), new OutputOptions(Integer.MAX_VALUE, true));
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("the reader is closed");
    }
    while (at == buffer.length()) {
      if (next == docs.length) {
        return -1;
      }
      buffer.setLength(0);
      at = 0;
      IndexedArticle article =
          ArchiveSchema.article(stored.document(ArchiveLoads.docOf(docs[next++])));
      ArticleRecord record =
          new ArticleRecord(article.article(), article.source(), article.line(), article.meta());
      lines.write(new BatchResult(record, article.classification(), null));
    }
    int n = Math.min(length, buffer.length() - at);
    buffer.getChars(at, at + n, into, offset);
    at += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      manager.release(searcher);
    }
  }

  /** Where the result writer puts each line: the buffer this reader drains. */
  private final class BufferWriter extends Writer {
    @Override
    public void write(char[] chars, int offset, int length) {
      buffer.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
