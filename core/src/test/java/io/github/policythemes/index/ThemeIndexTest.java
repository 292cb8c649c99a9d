package io.github.policythemes.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme index's life: create, open, add, update, delete, markers, loads, reindex, threads. */
class ThemeIndexTest {
  private static final ThemeClassifier KEYWORDS = SeedArchive.KEYWORDS;
  private static final IndexedModel MODEL = IndexedModel.of(KEYWORDS);

  @TempDir Path dir;

  private static Article article(String id, String text, LocalDate date) {
    return new Article(id, "", text, null, date);
  }

  private static void add(ThemeIndex index, Article article) throws IOException {
    index.add(article, KEYWORDS.classify(article));
  }

  @Test
  void create_thenOpen_keepsTheModelAndTheArticles() throws IOException {
    Path folder = dir.resolve("index");
    try (ThemeIndex index = ThemeIndex.create(folder, MODEL)) {
      add(index, article("a", "동남권메가시티 추진을 위한 특별연합 규약안이 의회를 통과했다.", LocalDate.of(2024, 5, 1)));
      index.commit();
    }
    try (ThemeIndex index = ThemeIndex.open(folder)) {
      assertThat(index.model()).isEqualTo(MODEL);
      assertThat(index.size()).isEqualTo(1);
      SearchResult found = index.search(ThemeQuery.builder().text("메가시티").build());
      assertThat(found.hits()).extracting(SearchHit::id).containsExactly("a");
      assertThat(found.hits().get(0).snippets().get(0).marked("[", "]")).contains("동남권[메가시티]");
      assertThat(found.hits().get(0).model()).isEqualTo(MODEL.id());
    }
  }

  @Test
  void create_folderWithFiles_fails() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> ThemeIndex.create(dir, MODEL))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void open_folderWithoutIndex_failsWithClearMessage() {
    assertThatThrownBy(() -> ThemeIndex.open(dir))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("no index here");
    assertThatThrownBy(() -> ThemeIndex.openReadOnly(dir.resolve("missing")))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("no such folder");
  }

  @Test
  void open_luceneIndexOfAnotherProgram_fails() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("x", "y", Field.Store.YES));
      writer.addDocument(doc);
    }
    assertThatThrownBy(() -> ThemeIndex.open(dir))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("not a policy-themes theme index");
  }

  @Test
  void open_newerSchema_failsAndNamesTheVersions() throws IOException {
    Path folder = dir.resolve("index");
    ThemeIndex.create(folder, MODEL).close();
    rewriteMarker(folder, IndexMarker.SCHEMA_KEY, "2");
    assertThatThrownBy(() -> ThemeIndex.open(folder))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("index schema 2")
        .hasMessageContaining("reads schema 1: upgrade policy-themes");
    assertThatThrownBy(() -> ThemeIndex.openReadOnly(folder))
        .isInstanceOf(IndexFormatException.class);
    rewriteMarker(folder, IndexMarker.SCHEMA_KEY, "0");
    assertThatThrownBy(() -> ThemeIndex.open(folder))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("is not schema 1");
  }

  private static void rewriteMarker(Path folder, String key, String value) throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(key, value);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  @Test
  void open_whileAnotherWriterHoldsTheLock_failsButReadOnlyWorks() throws IOException {
    Path folder = dir.resolve("index");
    try (ThemeIndex writer = ThemeIndex.create(folder, MODEL)) {
      add(writer, article("a", "Local councils set the budget.", LocalDate.of(2024, 1, 2)));
      writer.commit();
      assertThatThrownBy(() -> ThemeIndex.open(folder))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("another process is writing this index");
      try (ThemeIndex reader = ThemeIndex.openReadOnly(folder)) {
        assertThat(reader.readOnly()).isTrue();
        assertThat(reader.size()).isEqualTo(1);
        add(writer, article("b", "Councils merge services.", LocalDate.of(2024, 1, 3)));
        writer.commit();
        assertThat(reader.size()).isEqualTo(1);
        reader.refresh();
        assertThat(reader.size()).isEqualTo(2);
        assertThatThrownBy(() -> add(reader, article("c", "x", null)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");
      }
    }
  }

  @Test
  void add_sameId_replacesTheArticle() throws IOException {
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      add(index, article("a", "The county budget was cut.", LocalDate.of(2024, 1, 2)));
      add(index, article("a", "The county budget was raised.", LocalDate.of(2024, 1, 2)));
      index.commit();
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.get("a").orElseThrow().text()).contains("raised");
      assertThat(index.search(ThemeQuery.builder().text("cut").build()).total()).isZero();
    }
  }

  @Test
  void update_byId_replacesAndKeepsWhereItCameFrom() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"a\",\"text\":\"Busan and Ulsan plan a joint transit authority.\",\"date\":\"2024-02-01\"}\n");
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      index.addAll(
          SeedArchive.batch(),
          RecordSource.files(List.of(input), ReadOptions.defaults()),
          SeedArchive.errors(),
          LoadOptions.defaults());
      Article corrected =
          article(
              "a", "Busan and Ulsan drop the joint transit authority.", LocalDate.of(2024, 2, 1));
      assertThat(index.update(corrected, KEYWORDS.classify(corrected))).isTrue();
      Article missing = article("zzz", "nothing", null);
      assertThat(index.update(missing, KEYWORDS.classify(missing))).isFalse();
      index.commit();
      IndexedArticle stored = index.get("a").orElseThrow();
      assertThat(stored.text()).contains("drop");
      assertThat(stored.source()).endsWith("in.jsonl");
      assertThat(stored.line()).isEqualTo(1);
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.get("zzz")).isEmpty();
    }
  }

  @Test
  void delete_byId_removesOnlyThatArticle() throws IOException {
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      add(index, article("a", "Rural bus routes return.", null));
      add(index, article("b", "Rural clinics close.", null));
      assertThat(index.delete("a")).isTrue();
      assertThat(index.delete("a")).isFalse();
      index.commit();
      assertThat(index.ids()).containsExactly("b");
      assertThat(index.search(ThemeQuery.builder().text("rural").build()).total()).isEqualTo(1);
    }
  }

  @Test
  void add_badArticle_failsAndLeavesTheIndexUsable() throws IOException {
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      Article noId = article("", "text", null);
      assertThatThrownBy(() -> add(index, noId))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs an id");
      Article longId = article("x".repeat(2000), "text", null);
      assertThatThrownBy(() -> add(index, longId))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 1000");
      Article foreign = article("f", "text", null);
      Classification other =
          ThemeClassifier.keywords(Taxonomy.builtIn("cap-major-topics")).classify(foreign);
      assertThatThrownBy(() -> index.add(foreign, other))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not one of model");
      add(index, article("ok", "The council met.", null));
      index.commit();
      assertThat(index.ids()).containsExactly("ok");
    }
  }

  @Test
  void addAll_badRecords_failButEveryRecordIsAccountedFor() throws IOException {
    Path input = dir.resolve("mixed.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"The provincial council passed the budget.\"}",
            "{\"id\":\"b\",\"text\":\"unterminated",
            "{\"id\":\"c\",\"text\":\"\"}",
            "{\"id\":\"" + "d".repeat(1500) + "\",\"text\":\"A long id.\"}",
            "{\"id\":\"e\",\"text\":\"Citizens vote on the participatory budget.\"}",
            ""));
    StringWriter errors = new StringWriter();
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      IndexReport report =
          index.addAll(
              SeedArchive.batch(),
              RecordSource.files(List.of(input), ReadOptions.defaults()),
              ErrorWriter.jsonl(errors),
              LoadOptions.defaults());
      assertThat(report.read()).isEqualTo(5);
      assertThat(report.indexed()).isEqualTo(2);
      assertThat(report.failed()).isEqualTo(3);
      assertThat(index.ids()).containsExactlyInAnyOrder("a", "e");
      assertThat(errors.toString().lines())
          .hasSize(3)
          .anyMatch(l -> l.contains("malformed JSON"))
          .anyMatch(l -> l.contains("empty text"))
          .anyMatch(l -> l.contains("cannot be indexed: id is 1500 chars long"));
    }
  }

  @Test
  void addAll_otherModel_isRefused() throws IOException {
    BatchClassifier cap =
        BatchClassifier.builder()
            .classifier(ThemeClassifier.keywords(Taxonomy.builtIn("cap-major-topics")))
            .threads(1)
            .build();
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      assertThatThrownBy(
              () ->
                  index.addAll(
                      cap,
                      RecordSource.of(List.of()),
                      SeedArchive.errors(),
                      LoadOptions.defaults()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("load with the index's model, or reindex");
    }
  }

  @Test
  void addAll_resumed_skipsWhatTheIndexHolds() throws IOException {
    List<Path> samples = List.of(Path.of("../seeds/samples"));
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      List<Article> firstFive = new ArrayList<>();
      try (RecordSource source = RecordSource.files(samples, ReadOptions.defaults())) {
        for (InputRecord r = source.next(); r != null && firstFive.size() < 5; r = source.next()) {
          firstFive.add(((ArticleRecord) r).article());
        }
      }
      index.addAll(
          SeedArchive.batch(),
          RecordSource.of(firstFive),
          SeedArchive.errors(),
          LoadOptions.defaults());
      IndexReport resumed =
          index.addAll(
              SeedArchive.batch(),
              RecordSource.files(samples, ReadOptions.defaults()),
              SeedArchive.errors(),
              LoadOptions.defaults().withSkipIds(index.ids()));
      assertThat(resumed.skipped()).isEqualTo(5);
      assertThat(resumed.indexed()).isEqualTo(10);
      assertThat(index.size()).isEqualTo(15);
    }
  }

  @Test
  void addClassified_classifyOutput_indexesItsThemes() throws IOException {
    Path classified = dir.resolve("classified.jsonl");
    try (Writer out = Files.newBufferedWriter(classified, StandardCharsets.UTF_8);
        ResultWriter results =
            ResultWriter.jsonl(out, new OutputOptions(Integer.MAX_VALUE, true))) {
      SeedArchive.batch()
          .run(
              RecordSource.files(List.of(Path.of("../seeds/samples")), ReadOptions.defaults()),
              BatchSink.of(results, SeedArchive.errors()));
    }
    Files.writeString(
        classified,
        "{\"id\":\"no-themes\",\"text\":\"A council.\"}\n"
            + "{\"id\":\"alien\",\"text\":\"A council.\",\"themes\":[{\"id\":\"space\",\"score\":0.9}]}\n",
        StandardOpenOption.APPEND);
    StringWriter errors = new StringWriter();
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      IndexReport report =
          index.addClassified(
              RecordSource.files(
                  List.of(classified), ReadOptions.builder().keepFields(true).build()),
              ErrorWriter.jsonl(errors),
              LoadOptions.defaults());
      assertThat(report.read()).isEqualTo(17);
      assertThat(report.indexed()).isEqualTo(15);
      assertThat(report.failed()).isEqualTo(2);
      assertThat(errors.toString())
          .contains("no 'themes'")
          .contains("theme 'space' is not one of model");
      IndexedArticle sample = index.get("zh-02-metro-commuting-rail.txt").orElseThrow();
      Classification direct = KEYWORDS.classify(sample.article());
      assertThat(sample.assigned()).isEqualTo(direct.assignedIds());
      assertThat(sample.lang()).isEqualTo("zh");
    }
  }

  @Test
  void reindex_anotherModel_classifiesTheStoredTextsAgainInPlace() throws IOException {
    ThemeClassifier cap = ThemeClassifier.keywords(Taxonomy.builtIn("cap-major-topics"));
    Path folder = dir.resolve("index");
    List<String> before;
    try (ThemeIndex index = ThemeIndex.create(folder, MODEL)) {
      index.addAll(
          SeedArchive.batch(),
          RecordSource.files(List.of(Path.of("../seeds/samples")), ReadOptions.defaults()),
          SeedArchive.errors(),
          LoadOptions.defaults());
      before = exportedIds(index);
      IndexReport report =
          index.reindex(
              BatchClassifier.builder().classifier(cap).threads(2).build(),
              SeedArchive.errors(),
              LoadOptions.defaults().withCommitEvery(4));
      assertThat(report.indexed()).isEqualTo(15);
      assertThat(index.reindexPending()).isFalse();
    }
    try (ThemeIndex index = ThemeIndex.openReadOnly(folder)) {
      assertThat(index.model()).isEqualTo(IndexedModel.of(cap));
      assertThat(exportedIds(index)).isEqualTo(before);
      IndexedArticle rail = index.get("zh-02-metro-commuting-rail.txt").orElseThrow();
      assertThat(rail.model()).isEqualTo(IndexedModel.of(cap).id());
      assertThat(rail.themes()).allMatch(t -> cap.taxonomy().contains(t.themeId()));
      assertThat(rail.source()).endsWith("samples/zh-02-metro-commuting-rail.txt");
      assertThat(index.search(ThemeQuery.all()).facets().themes())
          .allMatch(f -> cap.taxonomy().contains(f.value()));
    }
  }

  private static List<String> exportedIds(ThemeIndex index) throws IOException {
    try (BufferedReader lines = new BufferedReader(index.classifiedJsonl(ThemeQuery.all()))) {
      return lines.lines().map(l -> l.substring(7, l.indexOf('"', 7))).toList();
    }
  }

  @Test
  void search_whileAnotherThreadIndexes_seesGrowingCommittedViews() throws Exception {
    List<Article> articles = new ArrayList<>();
    try (RecordSource source =
        RecordSource.files(
            List.of(Path.of("../seeds/corpus/en-b.jsonl")), ReadOptions.defaults())) {
      for (InputRecord r = source.next(); r != null && articles.size() < 200; r = source.next()) {
        articles.add(((ArticleRecord) r).article());
      }
    }
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean done = new AtomicBoolean();
    try (ThemeIndex index = ThemeIndex.create(dir.resolve("index"), MODEL)) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < articles.size(); i++) {
                    add(index, articles.get(i));
                    if (i % 25 == 24) {
                      index.commit();
                    }
                  }
                  index.commit();
                } catch (Throwable e) {
                  failures.add(e);
                } finally {
                  done.set(true);
                }
              });
      List<Thread> readers = new ArrayList<>();
      List<Long> searches = new java.util.concurrent.CopyOnWriteArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(
            new Thread(
                () -> {
                  long last = 0;
                  try {
                    while (!done.get()) {
                      SearchResult result =
                          index.search(
                              ThemeQuery.builder().text("council").languages(Language.EN).build());
                      long all = index.search(ThemeQuery.builder().page(0, 0).build()).total();
                      assertThat(all).isGreaterThanOrEqualTo(last);
                      assertThat(result.total()).isLessThanOrEqualTo(all);
                      last = all;
                      searches.add(all);
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                }));
      }
      readers.forEach(Thread::start);
      writer.start();
      writer.join();
      for (Thread reader : readers) {
        reader.join();
      }
      assertThat(failures).isEmpty();
      assertThat(searches).isNotEmpty();
      assertThat(index.size()).isEqualTo(articles.size());
    }
  }
}
