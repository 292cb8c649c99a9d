package io.github.policythemes.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  /** A channel that accepts a number of bytes, then writes part of a buffer and fails. */
  static final class FullDisk implements SeekableByteChannel {
    private final SeekableByteChannel delegate;
    private long room;

    FullDisk(SeekableByteChannel delegate, long room) {
      this.delegate = delegate;
      this.room = room;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (room <= 0) {
        throw new IOException("No space left on device");
      }
      int n = (int) Math.min(room, src.remaining());
      ByteBuffer part = src.duplicate();
      part.limit(part.position() + n);
      int written = delegate.write(part);
      src.position(src.position() + written);
      room -= written;
      return written;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return delegate.read(dst);
    }

    @Override
    public long position() throws IOException {
      return delegate.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      delegate.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return delegate.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      delegate.truncate(size);
      return this;
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }
  }

  @Test
  void commit_afterWriting_renamesIntoPlace() throws IOException {
    Path target = dir.resolve("out.jsonl");
    try (OutputFile file = OutputFile.create(target)) {
      file.writer().write("{\"id\":\"a\"}\n");
      assertThat(target).doesNotExist();
      file.commit();
    }

    assertThat(target).hasContent("{\"id\":\"a\"}");
    assertThat(dir.resolve("out.jsonl.partial")).doesNotExist();
  }

  @Test
  void write_diskFullMidLine_cutBackToTheLastCompleteLine() throws IOException {
    Path target = dir.resolve("out.jsonl");
    OutputFile file = new OutputFile(target, -1, channel -> new FullDisk(channel, 25));
    Writer writer = file.writer();
    writer.write("{\"id\":\"first\"}\n");
    writer.flush();
    writer.write("{\"id\":\"second\"}\n");

    assertThatThrownBy(writer::flush)
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(file.partial() + ": No space left on device");
    catchThrowable(file::close);

    assertThat(Files.readString(file.partial())).isEqualTo("{\"id\":\"first\"}\n");
    assertThat(target).doesNotExist();
  }

  @Test
  void batchRun_sinkOnFullDisk_outputEndsWithACompleteLine() throws IOException {
    Path target = dir.resolve("out.jsonl");
    OutputFile file = new OutputFile(target, -1, channel -> new FullDisk(channel, 200_000));
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      articles.add(Article.of("a" + i, "fiscal decentralization and the local allocation tax"));
    }
    ResultWriter results = ResultWriter.jsonl(file.writer(), OutputOptions.defaults());
    BatchSink sink = BatchSink.of(results, ErrorWriter.jsonl(Writer.nullWriter()));

    assertThatThrownBy(
            () ->
                BatchClassifier.builder()
                    .classifier(TestClassifier.KEYWORDS)
                    .threads(2)
                    .build()
                    .run(RecordSource.of(articles), sink))
        .isInstanceOf(BatchFailedException.class)
        .hasMessageContaining("No space left on device");
    catchThrowable(file::close);

    String content = Files.readString(file.partial());
    assertThat(content).endsWith("\n");
    List<String> lines = content.lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(lines.size() - 1))
        .startsWith("{\"id\":\"a" + (lines.size() - 1) + "\"")
        .endsWith("}");
  }

  @Test
  void continueAt_recordedLength_keepsExactlyThoseBytesAndGoesOn() throws IOException {
    Path target = dir.resolve("out.jsonl");
    String kept = "{\"id\":\"a\"}\n{\"id\":\"b\"}\n";
    Files.writeString(dir.resolve("out.jsonl.partial"), kept + "{\"id\":\"c\"}\n{\"id\":\"d");

    try (OutputFile file = OutputFile.continueAt(target, kept.length())) {
      assertThat(file.isEmpty()).isFalse();
      file.writer().write("{\"id\":\"c\"}\n");
      file.commit();
    }

    assertThat(Files.readString(target)).isEqualTo(kept + "{\"id\":\"c\"}\n");
  }

  @Test
  void continueAt_partialShorterThanRecorded_refused() throws IOException {
    Path target = dir.resolve("out.jsonl");
    Files.writeString(dir.resolve("out.jsonl.partial"), "{}\n");
    assertThatThrownBy(() -> OutputFile.continueAt(target, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter than recorded");
  }
}
