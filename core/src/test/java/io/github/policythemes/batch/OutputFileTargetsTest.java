package io.github.policythemes.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that is not a regular file (a symlink, a FIFO, a device) is written in place and never
 * renamed onto. Every test here writes only to paths it made itself in its own folder; /dev/null is
 * only looked at, never opened for writing, so a broken implementation cannot replace it.
 */
class OutputFileTargetsTest {
  @TempDir Path dir;

  @Test
  void commit_symlinkToAFile_writesTheLinkedFileAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);

    try (OutputFile file = OutputFile.create(link)) {
      file.writer().write("{\"id\":\"a\"}\n");
      file.commit();
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("{\"id\":\"a\"}\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("real.jsonl", "link.jsonl");
    }
  }

  @Test
  void commit_fifo_writesIntoThePipeAndLeavesItAPipe() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    try (OutputFile file = OutputFile.create(fifo)) {
      file.writer().write("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
      file.commit();
    }

    assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    BasicFileAttributes attributes =
        Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(attributes.isOther()).as("still a FIFO").isTrue();
    assertThat(dir.resolve("pipe.partial")).doesNotExist();
  }

  @Test
  void writtenInPlace_devNullAndLinks_trueButFalseForFilesAndNewPaths() throws Exception {
    assertThat(OutputFile.writtenInPlace(Path.of("/dev/null"))).isTrue();
    Path real = Files.writeString(dir.resolve("real.txt"), "x");
    assertThat(OutputFile.writtenInPlace(real)).isFalse();
    assertThat(OutputFile.writtenInPlace(dir.resolve("new.txt"))).isFalse();
    assertThat(OutputFile.writtenInPlace(Files.createSymbolicLink(dir.resolve("l"), real)))
        .isTrue();
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
    assertThat(OutputFile.writtenInPlace(dangling)).isTrue();
  }

  @Test
  void resume_symlink_refusedNamingIt() throws IOException {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "{\"id\":\"a\"}\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);

    assertThatThrownBy(() -> OutputFile.continueAt(link, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(link.toString())
        .hasMessageContaining("not a regular file");
  }

  @Test
  void create_folder_refusedNamingIt() {
    assertThatThrownBy(() -> OutputFile.create(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("is a folder");
  }
}
