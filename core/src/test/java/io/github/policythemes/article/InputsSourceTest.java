package io.github.policythemes.article;

import static io.github.policythemes.article.Records.article;
import static io.github.policythemes.article.Records.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsSourceTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void files_folder_recursiveInNameOrderWithRelativeIds() throws IOException {
    write("news/b.txt", "Title B\n\nBody of b.");
    write("news/a.txt", "Title A\nBody of a.");
    write("news/sub/c.txt", "Only a title");
    write("news/.hidden.txt", "skipped");
    write("news/d.jsonl", "{\"id\":\"d1\",\"text\":\"from jsonl\"}\n");

    List<InputRecord> records =
        Records.readAll(RecordSource.files(List.of(dir.resolve("news")), ReadOptions.defaults()));

    assertThat(records)
        .extracting(r -> article(r).article().id())
        .containsExactly("a.txt", "b.txt", "d1", "sub/c.txt");
    assertThat(article(records.get(1)).article().title()).isEqualTo("Title B");
    assertThat(article(records.get(1)).article().text()).isEqualTo("Body of b.");
    assertThat(article(records.get(3)).article().title()).isEqualTo("Only a title");
    assertThat(article(records.get(3)).article().text()).isEmpty();
    assertThat(article(records.get(0)).source()).isEqualTo(dir.resolve("news/a.txt").toString());
  }

  @Test
  void files_badFilesInFolder_errorsAndReadingGoesOn() throws IOException {
    write("in/1-good.txt", "Good\ntext");
    Files.write(dir.resolve("in/2-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(dir.resolve("in/3-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    write("in/4-empty.txt", " \n\n");
    Files.createSymbolicLink(dir.resolve("in/5-broken.txt"), dir.resolve("missing.txt"));
    write("in/6-good.txt", "Also good");

    List<InputRecord> records =
        Records.readAll(RecordSource.files(List.of(dir.resolve("in")), ReadOptions.defaults()));

    assertThat(records).hasSize(6);
    assertThat(error(records.get(1)).reason()).isEqualTo("binary file: NUL byte at offset 4");
    assertThat(error(records.get(2)).reason()).isEqualTo("invalid UTF-8 at byte 3");
    assertThat(error(records.get(3)).reason()).isEqualTo("empty text");
    assertThat(error(records.get(4)).reason()).isEqualTo("cannot read file: no such file");
    assertThat(error(records.get(4)).id()).isEqualTo("5-broken.txt");
    assertThat(article(records.get(5)).article().id()).isEqualTo("6-good.txt");
  }

  @Test
  void files_fileWithoutReadPermission_errorWhenNotRoot() throws IOException {
    Path locked = write("locked/a.txt", "secret");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as root: every file is readable");

    List<InputRecord> records =
        Records.readAll(RecordSource.files(List.of(dir.resolve("locked")), ReadOptions.defaults()));

    assertThat(error(records.get(0)).reason()).isEqualTo("cannot read file: permission denied");
  }

  @Test
  void files_textOverTheLimit_rejectedWithItsSize() throws IOException {
    write("big.txt", "y".repeat(5000));

    List<InputRecord> records =
        Records.readAll(
            RecordSource.files(
                List.of(dir.resolve("big.txt")),
                ReadOptions.builder().maxRecordBytes(1024).build()));

    assertThat(error(records.get(0)).reason())
        .isEqualTo(
            "file of 5000 bytes is larger than the maximum record size (1024 bytes;"
                + " --max-record-bytes raises it)");
  }

  @Test
  void files_gzipFileAndTruncatedGzip_readAndReported() throws IOException {
    Path good = dir.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(good))) {
      out.write(
          "{\"id\":\"g1\",\"text\":\"one\"}\n{\"id\":\"g2\",\"text\":\"two\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = Files.readAllBytes(good);
    Path cut = dir.resolve("b.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 12));

    List<InputRecord> records =
        Records.readAll(RecordSource.files(List.of(good, cut), ReadOptions.defaults()));

    assertThat(article(records.get(0)).article().id()).isEqualTo("g1");
    assertThat(article(records.get(1)).article().id()).isEqualTo("g2");
    assertThat(records.subList(2, records.size()))
        .anySatisfy(r -> assertThat(error(r).reason()).startsWith("cannot read past line"));
  }

  @Test
  void stream_plainText_oneArticleNamedAfterTheStream() {
    RecordSource source =
        RecordSource.stream(
            new ByteArrayInputStream("지방소멸대응기금 배분\n기준이 바뀐다".getBytes(StandardCharsets.UTF_8)),
            "<stdin>",
            ReadOptions.defaults());

    ArticleRecord record = article(Records.readAll(source).get(0));

    assertThat(record.article().id()).isEqualTo("<stdin>");
    assertThat(record.article().title()).isEqualTo("지방소멸대응기금 배분");
  }

  @Test
  void bytesReadAndTotal_afterReading_coverTheFiles() throws IOException {
    Path a = write("a.txt", "alpha");
    Path b = write("b.txt", "beta beta");
    RecordSource source = RecordSource.files(List.of(a, b), ReadOptions.defaults());

    Records.readAll(source);

    assertThat(source.bytesTotal()).isEqualTo(14);
    assertThat(source.bytesRead()).isEqualTo(14);
  }

  @Test
  void concat_twoSources_inOrder() {
    RecordSource first =
        RecordSource.stream(
            new ByteArrayInputStream("{\"text\":\"1\"}".getBytes(StandardCharsets.UTF_8)),
            "one",
            ReadOptions.defaults());
    RecordSource second =
        RecordSource.of(List.of(io.github.policythemes.article.Article.of("two")));

    List<InputRecord> records = Records.readAll(RecordSource.concat(List.of(first, second)));

    assertThat(records)
        .extracting(r -> article(r).article().id())
        .containsExactly("one:1", "articles:1");
  }

  @Test
  void files_samePathTypedThreeWays_sameIdsForRecordsWithoutOne() throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
    List<List<String>> ids = new java.util.ArrayList<>();
    for (Path typed :
        List.of(file, dir.resolve(".").resolve("in.jsonl"), dir.resolve("x/../in.jsonl"))) {
      if (typed.toString().contains("x/..")) {
        Files.createDirectories(dir.resolve("x"));
      }
      ids.add(
          Records.readAll(RecordSource.files(List.of(typed), ReadOptions.defaults())).stream()
              .map(r -> article(r).article().id())
              .toList());
    }
    assertThat(ids).containsOnly(List.of("in.jsonl:1", "in.jsonl:2"));
  }
}
