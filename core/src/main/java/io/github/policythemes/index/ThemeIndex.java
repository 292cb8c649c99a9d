package io.github.policythemes.index;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.classify.Classification;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A searchable archive of classified articles: a Lucene index on disk with each article's title and
 * text (analysed by its language's words chain), language, date, themes and scores, the model that
 * classified it and where it was read from.
 *
 * <p>One writer, many searchers: {@link #open} or {@link #create} takes the folder's write lock
 * (one process writes at a time) and searches see what was added up to the last {@link #commit()}
 * or {@link #refresh()}; {@link #openReadOnly} searches the last commit, also while another process
 * writes. Adding an article whose id is in the index replaces it, so loading the same input again
 * never makes duplicates. A commit is atomic: a process killed while loading leaves the last commit
 * readable, and {@link #ids()} tells a resumed run what to pass over.
 *
 * <p>The index records the model that classified it ({@link #model()}); adding results of another
 * model fails until {@link #reindex} has classified the stored texts again. Every commit carries a
 * schema version; opening an index of a newer or different schema fails with {@link
 * IndexFormatException}.
 *
 * <p>Thread-safe: any thread may add, search and commit.
 *
 * <pre>{@code
 * ThemeClassifier classifier = ThemeClassifier.defaultModel();
 * try (ThemeIndex index = ThemeIndex.openOrCreate(Path.of("archive"), IndexedModel.of(classifier))) {
 *   Article article = new Article("gn-0001", "", text, null, LocalDate.of(2024, 3, 1));
 *   index.add(article, classifier.classify(article));
 *   index.commit();
 *   SearchResult result = index.search(ThemeQuery.builder()
 *       .text("메가시티").themes("metropolitan-integration").sort(SortOrder.NEWEST).build());
 *   result.hits().forEach(hit -> System.out.println(hit.id() + " " + hit.snippets()));
 * }
 * }</pre>
 */
public final class ThemeIndex implements Closeable {
  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicLong nextSeq;
  private volatile IndexMarker marker;

  /* Locks: edits makes update's and delete's look-up and write one step; commits orders commits
  and marker changes; reindexing lets one reindex run at a time. None is held while waiting for
  another, so a reindex (whose batch writer thread commits) cannot deadlock. */
  private final Object edits = new Object();
  private final Object commits = new Object();
  private final Object reindexing = new Object();

  private ThemeIndex(
      Path folder, Directory directory, IndexWriter writer, IndexMarker marker, long nextSeq)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.marker = marker;
    this.nextSeq = new AtomicLong(nextSeq);
    ArchiveSearcher.Factory factory = new ArchiveSearcher.Factory();
    this.searchers =
        writer != null
            ? new SearcherManager(writer, true, false, factory)
            : new SearcherManager(directory, factory);
  }

  /**
   * Creates an empty index in a folder that holds none, for articles classified by one model.
   *
   * @param folder the folder; created when missing, else it must be empty
   * @param model the model whose results the index takes
   * @return the index, open for writing
   * @throws IOException if the folder holds files or cannot be written
   */
  public static ThemeIndex create(Path folder, IndexedModel model) throws IOException {
    Objects.requireNonNull(model, "model");
    Files.createDirectories(folder);
    try (var entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new IOException(
            folder + ": the folder is not empty; a new index needs an empty or new folder");
      }
    }
    Directory directory = FSDirectory.open(folder);
    try {
      IndexWriter writer = writer(directory, folder, IndexWriterConfig.OpenMode.CREATE);
      IndexMarker marker = IndexMarker.current(model, false);
      writer.setLiveCommitData(marker.userData().entrySet());
      writer.commit();
      return new ThemeIndex(folder, directory, writer, marker, 0);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens an index for writing and searching.
   *
   * @param folder the index folder
   * @return the index
   * @throws IndexFormatException if the folder holds no index, or one of a newer or other schema
   * @throws IOException if another process writes the index, or it cannot be read
   */
  public static ThemeIndex open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      IndexMarker marker = IndexMarker.read(directory, folder);
      IndexWriter writer = writer(directory, folder, IndexWriterConfig.OpenMode.APPEND);
      IndexMarker current = IndexMarker.current(marker.model(), marker.reindexing());
      writer.setLiveCommitData(current.userData().entrySet());
      long next;
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        next = ArchiveLoads.maxSeq(reader) + 1;
      }
      return new ThemeIndex(folder, directory, writer, current, next);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the index in a folder, or creates one when the folder holds none.
   *
   * @param folder the folder
   * @param model the model of a new index; an existing index keeps its own (see {@link #model()})
   * @return the index, open for writing
   * @throws IOException as {@link #open} and {@link #create} do
   */
  public static ThemeIndex openOrCreate(Path folder, IndexedModel model) throws IOException {
    boolean exists;
    try (Directory probe = FSDirectory.open(Files.createDirectories(folder))) {
      exists = DirectoryReader.indexExists(probe);
    }
    return exists ? open(folder) : create(folder, model);
  }

  /**
   * Opens an index for searching only; works while another process writes it. Searches see its last
   * commit; {@link #refresh()} moves to a newer one.
   *
   * @param folder the index folder
   * @return the read-only index
   * @throws IndexFormatException if the folder holds no index, or one of a newer or other schema
   * @throws IOException if it cannot be read
   */
  public static ThemeIndex openReadOnly(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IndexFormatException(folder.toString(), "no such folder");
    }
    Directory directory = FSDirectory.open(folder);
    try {
      IndexMarker marker = IndexMarker.read(directory, folder);
      return new ThemeIndex(folder, directory, null, marker, -1);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static IndexWriter writer(
      Directory directory, Path folder, IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(ArchiveAnalyzer.INSTANCE)
            .setOpenMode(mode)
            .setRAMBufferSizeMB(32)
            .setCommitOnClose(true);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IOException(
          folder
              + ": another process is writing this index (its write.lock is held);"
              + " wait for it to end, or open it read-only to search",
          e);
    }
  }

  /**
   * Returns the index folder.
   *
   * @return the folder
   */
  public Path folder() {
    return folder;
  }

  /**
   * Returns the model that classified the articles (during an unfinished reindex: the model being
   * reindexed to).
   *
   * @return the model
   */
  public IndexedModel model() {
    return marker.model();
  }

  /**
   * Tells whether a {@link #reindex} was stopped before it had classified every article again; run
   * it again with the same model to finish.
   *
   * @return true while a reindex is unfinished
   */
  public boolean reindexPending() {
    return marker.reindexing();
  }

  /**
   * Tells whether this index was opened read-only.
   *
   * @return true for {@link #openReadOnly}
   */
  public boolean readOnly() {
    return writer == null;
  }

  /**
   * Adds an article with its classification, replacing any article with the same id. Searches see
   * it after the next {@link #commit()} or {@link #refresh()}.
   *
   * @param article the article; its id must not be empty
   * @param classification its classification by this index's model
   * @throws IllegalArgumentException if the id is empty or too long (over 1,000 chars), or a theme
   *     is not one of the model's
   * @throws IllegalStateException if the index is read-only or an unfinished reindex must finish
   * @throws IOException if the index cannot be written
   */
  public void add(Article article, Classification classification) throws IOException {
    requireWritable();
    write(article, classification, "", 0, null, nextSeq.getAndIncrement());
  }

  /**
   * Replaces the article with the same id, e.g. after classifying its corrected text again. Makes
   * the index's latest additions visible to searches first, to know whether the article is there.
   *
   * @param article the new version of the article
   * @param classification its classification by this index's model
   * @return true if an article with the id was replaced; false if there was none (nothing added)
   * @throws IllegalArgumentException as {@link #add} does
   * @throws IllegalStateException if the index is read-only
   * @throws IOException if the index cannot be written
   */
  public boolean update(Article article, Classification classification) throws IOException {
    requireWritable();
    synchronized (edits) {
      Optional<IndexedArticle> old = get(article.id(), true);
      if (old.isEmpty()) {
        return false;
      }
      write(
          article,
          classification,
          old.get().source(),
          old.get().line(),
          old.get().meta(),
          nextSeq.getAndIncrement());
      return true;
    }
  }

  /**
   * Deletes the article with an id.
   *
   * @param id the id
   * @return true if there was one
   * @throws IllegalStateException if the index is read-only
   * @throws IOException if the index cannot be written
   */
  public boolean delete(String id) throws IOException {
    requireWritable();
    synchronized (edits) {
      if (get(id, true).isEmpty()) {
        return false;
      }
      writer.deleteDocuments(new Term(ArchiveSchema.ID, id));
      return true;
    }
  }

  /**
   * Returns the article with an id, as searches see the index now.
   *
   * @param id the id
   * @return the article, or empty if there is none
   * @throws IOException if the index cannot be read
   */
  public Optional<IndexedArticle> get(String id) throws IOException {
    return get(id, false);
  }

  private Optional<IndexedArticle> get(String id, boolean latest) throws IOException {
    Objects.requireNonNull(id, "id");
    if (latest) {
      searchers.maybeRefreshBlocking();
    }
    ArchiveSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ArchiveSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          ArchiveSchema.article(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Returns how many articles searches see.
   *
   * @return the number of articles
   * @throws IOException if the index cannot be read
   */
  public long size() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Returns the ids of the articles searches see, e.g. to resume a killed load with {@link
   * LoadOptions#withSkipIds}.
   *
   * @return the ids
   * @throws IOException if the index cannot be read
   */
  public Set<String> ids() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return ArchiveLoads.ids(searcher.getIndexReader());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Classifies records with a batch run and adds each result (replacing articles with the same id),
   * committing every {@link LoadOptions#commitEvery()} records and at the end. Records that cannot
   * be read, classified or indexed go to {@code errors}; the run goes on.
   *
   * @param batch the batch classifier; its classifier must be this index's model
   * @param source the records; closed when read
   * @param errors where failed records go; flushed, not closed
   * @param options commits and ids to pass over
   * @return the report; {@code read == indexed + failed}
   * @throws IllegalStateException if the batch's model is not the index's, the index is read-only
   *     or an unfinished reindex must finish
   * @throws io.github.policythemes.batch.BatchFailedException if writing the index failed (what was
   *     committed stays)
   * @throws IOException if the index cannot be written
   */
  public IndexReport addAll(
      BatchClassifier batch, RecordSource source, ErrorWriter errors, LoadOptions options)
      throws IOException {
    requireWritable();
    requireModel(IndexedModel.of(batch.classifier()));
    return ArchiveLoads.classify(this, batch, source, errors, options);
  }

  /**
   * Adds records that {@code policy-themes classify} wrote (JSONL with {@code --keep-text}: {@code
   * id}, {@code title}, {@code text}, {@code lang}, {@code date}, {@code themes}), read with {@code
   * ReadOptions.builder().keepFields(true)} so the themes reach the index. The records must come
   * from this index's model.
   *
   * @param source the records; closed when read
   * @param errors where failed records go (no text, no themes, a theme the model does not have)
   * @param options commits, ids to pass over, progress
   * @return the report; {@code read == indexed + failed}
   * @throws IllegalStateException if the index is read-only or an unfinished reindex must finish
   * @throws IOException if the source or the index fails
   */
  public IndexReport addClassified(RecordSource source, ErrorWriter errors, LoadOptions options)
      throws IOException {
    requireWritable();
    return ArchiveLoads.classified(this, source, errors, options);
  }

  /**
   * Classifies every stored article again with another model and records that model. Articles are
   * replaced in place (their order, source and line stay). A stopped reindex is finished by running
   * it again with the same model: articles that model already classified are passed over.
   *
   * @param batch the batch classifier with the new model
   * @param errors where articles that could not be classified go; they keep their old themes and
   *     model id, and the reindex still finishes
   * @param options how often to commit
   * @return the report
   * @throws IllegalStateException if the index is read-only, or a reindex to a third model is
   *     unfinished
   * @throws IOException if the index cannot be written
   */
  public IndexReport reindex(BatchClassifier batch, ErrorWriter errors, LoadOptions options)
      throws IOException {
    requireOpenWriter();
    synchronized (reindexing) {
      return reindexTo(batch, errors, options);
    }
  }

  private IndexReport reindexTo(BatchClassifier batch, ErrorWriter errors, LoadOptions options)
      throws IOException {
    IndexedModel target = IndexedModel.of(batch.classifier());
    if (marker.reindexing() && !marker.model().id().equals(target.id())) {
      throw new IllegalStateException(
          folder
              + ": a reindex to model "
              + marker.model().describe()
              + " is unfinished;"
              + " run it again with that model first");
    }
    mark(IndexMarker.current(target, true));
    commit();
    IndexReport report = ArchiveLoads.reindex(this, batch, errors, options, target);
    if (!report.cancelled()) {
      mark(IndexMarker.current(target, false));
    }
    commit();
    return report;
  }

  /**
   * Makes everything added so far durable and visible to searches, in one atomic step.
   *
   * @throws IllegalStateException if the index is read-only
   * @throws IOException if the index cannot be written
   */
  public void commit() throws IOException {
    requireOpenWriter();
    synchronized (commits) {
      writer.commit();
    }
    searchers.maybeRefreshBlocking();
  }

  /**
   * Makes searches see the latest state: what was added so far (without committing it), or for a
   * read-only index the latest commit.
   *
   * @throws IOException if the index cannot be read
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Searches the index.
   *
   * @param query the query
   * @return the page of hits, the number of matches and facet and trend counts of all matches
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(ThemeQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    ArchiveSearcher searcher = acquire();
    try {
      return ArchiveSearch.run(searcher, query, marker.model());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Returns the matching articles as the JSONL that {@code policy-themes classify --keep-text}
   * writes, in the order they were indexed, read lazily: what {@code TrendAnalyzer} and other
   * readers of classify's output take. The view is fixed when the reader is made; close it.
   *
   * @param query which articles (its sort and page are not used)
   * @return a reader of one JSON line per article
   * @throws IOException if the index cannot be read
   */
  public Reader classifiedJsonl(ThemeQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    ArchiveSearcher searcher = acquire();
    try {
      return new ClassifiedJsonlReader(searcher, query, marker.model(), searchers);
    } catch (IOException | RuntimeException e) {
      searchers.release(searcher);
      throw e;
    }
  }

  /**
   * Commits what was added (unless read-only) and closes the index.
   *
   * @throws IOException if the last commit fails
   */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null && writer.isOpen()) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }

  // ---- package-private helpers for the loaders

  void write(
      Article article,
      Classification classification,
      String source,
      long line,
      String meta,
      long seq)
      throws IOException {
    if (article.id().isEmpty()) {
      throw new IllegalArgumentException("an indexed article needs an id; this one has none");
    }
    writer.updateDocument(
        new Term(ArchiveSchema.ID, article.id()),
        ArchiveSchema.document(article, classification, source, line, meta, marker.model(), seq));
  }

  long nextSeq() {
    return nextSeq.getAndIncrement();
  }

  ArchiveSearcher acquire() throws IOException {
    return (ArchiveSearcher) searchers.acquire();
  }

  void release(ArchiveSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  private void mark(IndexMarker next) {
    synchronized (commits) {
      writer.setLiveCommitData(next.userData().entrySet());
      marker = next;
    }
  }

  private void requireOpenWriter() {
    if (writer == null) {
      throw new IllegalStateException(folder + " was opened read-only");
    }
  }

  private void requireWritable() {
    requireOpenWriter();
    if (marker.reindexing()) {
      throw new IllegalStateException(
          folder
              + ": a reindex to model "
              + marker.model().describe()
              + " is unfinished;"
              + " run reindex again with that model before adding articles");
    }
  }

  void requireModel(IndexedModel model) {
    if (!model.id().equals(marker.model().id())) {
      throw new IllegalStateException(
          folder
              + " holds articles classified by model "
              + marker.model().describe()
              + ", not by "
              + model.describe()
              + ": load with the index's model, or reindex with the new one first");
    }
  }
}
