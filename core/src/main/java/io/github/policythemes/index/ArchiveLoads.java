package io.github.policythemes.index;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchProgress;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.ErrorWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The loads of a {@link ThemeIndex}: classify-and-add through a batch job, add already classified
 * records, and reindex; with the reading helpers they share (ids, sequence numbers, documents in
 * the order they were indexed). Thread-safe (no state).
 */
final class ArchiveLoads {
  private ArchiveLoads() {}

  static IndexReport classify(
      ThemeIndex index,
      BatchClassifier batch,
      RecordSource source,
      ErrorWriter errors,
      LoadOptions options)
      throws IOException {
    SkippingSource skipping = new SkippingSource(source, options.skipIds());
    BatchReport report;
    IndexSink sink =
        new IndexSink(index, errors, options.commitEvery(), id -> index.nextSeq(), batch.threads());
    try (sink) {
      report = batch.run(skipping, sink);
    }
    index.commit();
    return report(report, sink, skipping.skipped());
  }

  static IndexReport reindex(
      ThemeIndex index,
      BatchClassifier batch,
      ErrorWriter errors,
      LoadOptions options,
      IndexedModel target)
      throws IOException {
    ArchiveSearcher searcher = index.acquire();
    try {
      Query stale =
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.MUST)
              .add(new TermQuery(new Term(ArchiveSchema.MODEL, target.id())), Occur.MUST_NOT)
              .build();
      Map<String, Long> seqs = new ConcurrentHashMap<>();
      StoredSource stored = new StoredSource(searcher, inSeqOrder(searcher, stale), seqs);
      IndexSink sink =
          new IndexSink(
              index,
              errors,
              options.commitEvery(),
              id -> seqs.remove(id).longValue(),
              batch.threads());
      BatchReport report;
      try (sink) {
        report = batch.run(new SkippingSource(stored, options.skipIds()), sink);
      }
      index.commit();
      return report(report, sink, 0);
    } finally {
      index.release(searcher);
    }
  }

  private static IndexReport report(BatchReport batch, IndexSink sink, long skipped) {
    return new IndexReport(
        batch.read(),
        batch.written() - sink.refused(),
        batch.failed() + sink.refused(),
        batch.duplicates(),
        batch.skipped() + skipped,
        batch.elapsed(),
        batch.cancelled());
  }

  static IndexReport classified(
      ThemeIndex index, RecordSource source, ErrorWriter errors, LoadOptions options)
      throws IOException {
    long start = System.nanoTime();
    long lastProgress = start;
    long read = 0;
    long failed = 0;
    long duplicates = 0;
    LongHashSet seen = new LongHashSet();
    SkippingSource records = new SkippingSource(source, options.skipIds());
    IndexSink sink =
        new IndexSink(
            index,
            errors,
            options.commitEvery(),
            id -> index.nextSeq(),
            Runtime.getRuntime().availableProcessors());
    try (records;
        sink) {
      for (InputRecord record = records.next(); record != null; record = records.next()) {
        read++;
        if (record instanceof ErrorRecord error) {
          failed++;
          errors.write(error);
        } else if (record instanceof ArticleRecord article) {
          if (!seen.add(hash(article.article().id()))) {
            duplicates++;
          }
          failed += addClassified(index, sink, article, errors) ? 0 : 1;
        }
        long now = System.nanoTime();
        if (options.progress() != null && now - lastProgress >= 1_000_000_000L) {
          lastProgress = now;
          options.progress().onProgress(progress(read, failed, duplicates, records, start, now));
        }
      }
    }
    errors.flush();
    index.commit();
    failed += sink.refused();
    return new IndexReport(
        read,
        read - failed,
        failed,
        duplicates,
        records.skipped(),
        Duration.ofNanos(System.nanoTime() - start),
        false);
  }

  private static boolean addClassified(
      ThemeIndex index, IndexSink sink, ArticleRecord article, ErrorWriter errors)
      throws IOException {
    ClassifiedRecords.Parsed parsed;
    try {
      parsed = ClassifiedRecords.parse(article, index.model());
    } catch (IllegalArgumentException e) {
      errors.write(
          new ErrorRecord(
              article.source(), article.line(), article.article().id(), e.getMessage()));
      return false;
    }
    ArticleRecord record =
        new ArticleRecord(article.article(), article.source(), article.line(), parsed.meta());
    sink.accept(new BatchResult(record, parsed.classification(), null));
    return true;
  }

  private static BatchProgress progress(
      long read, long failed, long duplicates, SkippingSource records, long start, long now) {
    return new BatchProgress(
        read,
        read - failed,
        failed,
        duplicates,
        records.skipped(),
        Duration.ofNanos(now - start),
        records.bytesRead(),
        records.bytesTotal());
  }

  /** A 64-bit hash of an id (FNV-1a, murmur3 finaliser), to count duplicates in little memory. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** The largest sequence number in the index, -1 when it is empty. */
  static long maxSeq(IndexReader reader) throws IOException {
    long max = -1;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues seq = leaf.reader().getNumericDocValues(ArchiveSchema.SEQ);
      if (seq == null) {
        continue;
      }
      for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
        max = Math.max(max, seq.longValue());
      }
    }
    return max;
  }

  /** The ids of the live documents, read from the terms (no stored fields). */
  static Set<String> ids(IndexReader reader) throws IOException {
    Set<String> ids = new HashSet<>(Math.max(16, reader.numDocs() * 2));
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader leafReader = leaf.reader();
      Terms terms = leafReader.terms(ArchiveSchema.ID);
      if (terms == null) {
        continue;
      }
      Bits live = leafReader.getLiveDocs();
      TermsEnum term = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
        postings = term.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(bytes.utf8ToString());
            break;
          }
        }
      }
    }
    return ids;
  }

  /**
   * The documents that match a query in the order they were indexed, each as its sequence number
   * and global doc id packed in a long: read them with {@link #docOf} and {@link #seqOf}.
   */
  static long[] inSeqOrder(IndexSearcher searcher, Query query) throws IOException {
    long[] packed =
        searcher.search(
            query,
            new CollectorManager<SeqCollector, long[]>() {
              @Override
              public SeqCollector newCollector() {
                return new SeqCollector();
              }

              @Override
              public long[] reduce(Collection<SeqCollector> collectors) {
                LongArrayList all = new LongArrayList();
                collectors.forEach(c -> all.addAll(c.packed));
                return all.toArray();
              }
            });
    Arrays.sort(packed);
    return packed;
  }

  static int docOf(long packed) {
    return (int) (packed & Integer.MAX_VALUE);
  }

  static long seqOf(long packed) {
    return packed >>> 31;
  }

  /** Collects (sequence number, doc id) pairs packed in a long: seq in the high 32 bits. */
  private static final class SeqCollector extends SimpleCollector {
    final LongArrayList packed = new LongArrayList();
    private NumericDocValues seq;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      seq = context.reader().getNumericDocValues(ArchiveSchema.SEQ);
      base = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
      long value = seq != null && seq.advanceExact(doc) ? seq.longValue() : 0;
      packed.add(value << 31 | (base + doc));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
