package io.github.policythemes.index;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.util.Set;

/**
 * Passes over the records whose id is already in the index (a resumed load), before they cost a
 * classification. Not thread-safe, like every source; {@link #skipped()} may be read at the end.
 */
final class SkippingSource implements RecordSource {
  private final RecordSource source;
  private final Set<String> skip;
  private volatile long skipped;

  SkippingSource(RecordSource source, Set<String> skip) {
    this.source = source;
    this.skip = skip;
  }

  @Override
  public InputRecord next() throws IOException {
    while (true) {
      InputRecord record = source.next();
      if (record instanceof ArticleRecord article && skip.contains(article.article().id())) {
        skipped++;
        continue;
      }
      return record;
    }
  }

  long skipped() {
    return skipped;
  }

  @Override
  public long bytesRead() {
    return source.bytesRead();
  }

  @Override
  public long bytesTotal() {
    return source.bytesTotal();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
