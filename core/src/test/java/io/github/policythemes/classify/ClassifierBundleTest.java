package io.github.policythemes.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.bundle.Bundle;
import io.github.policythemes.bundle.BundleFormat;
import io.github.policythemes.bundle.ModelFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierBundleTest {
  private static final String TEXT = "The city raised local tax and got a grant. A merger?";

  @TempDir Path dir;

  private Path written() throws IOException {
    Path file = dir.resolve("tiny.ptm");
    ClassifierBundle.write(TestModels.tiny(LinearThemeClassifier.Output.SIGMOID), file);
    return file;
  }

  @Test
  void writeThenLoad_classifiesExactlyAsTheOriginal() throws IOException {
    LinearThemeClassifier original = TestModels.tiny(LinearThemeClassifier.Output.SIGMOID);
    ThemeClassifier loaded = ThemeClassifier.load(written());
    assertThat(loaded.classify(TestModels.english(TEXT)))
        .isEqualTo(original.classify(TestModels.english(TEXT)));
    assertThat(loaded.taxonomy().themeIds()).isEqualTo(original.taxonomy().themeIds());
    ModelMetadata metadata = loaded.metadata();
    assertThat(metadata.formatVersion()).isEqualTo(ClassifierBundle.FORMAT_VERSION);
    assertThat(metadata.algorithm()).isEqualTo("hand-made");
    assertThat(metadata.metrics()).containsEntry("microF1", 1.0);
    assertThat(metadata.thresholds()).containsEntry("merger", 0.6);
  }

  @Test
  void write_sameModelTwice_givesTheSameBytes() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ClassifierBundle.write(TestModels.tiny(LinearThemeClassifier.Output.SIGMOID), first);
    ClassifierBundle.write(TestModels.tiny(LinearThemeClassifier.Output.SIGMOID), second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
  }

  @Test
  void load_releasedFormat1Bundle_stillLoadsAndClassifies() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("format-1.ptm")) {
      ThemeClassifier loaded = ClassifierBundle.read(in, "format-1.ptm");
      assertThat(loaded.classify(TestModels.english(TEXT)))
          .isEqualTo(
              TestModels.tiny(LinearThemeClassifier.Output.SIGMOID)
                  .classify(TestModels.english(TEXT)));
    }
  }

  @Test
  void load_truncatedFile_namesTheFileAndSaysTruncated() throws IOException {
    Path file = written();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("truncated");
  }

  @Test
  void load_truncatedByAnyNumberOfBytes_refusedNamingTheFile() throws IOException {
    Path file = written();
    byte[] bytes = Files.readAllBytes(file);
    Path cut = dir.resolve("cut.ptm");
    // every cut in the last 400 bytes (the central directory and its end record), then every 97th
    for (int length = bytes.length - 1;
        length >= 0;
        length -= length > bytes.length - 400 ? 1 : 97) {
      Files.write(cut, Arrays.copyOf(bytes, length));
      int shown = length;
      assertThatThrownBy(() -> ThemeClassifier.load(cut))
          .as("cut to %d of %d bytes", shown, bytes.length)
          .isInstanceOf(ModelFormatException.class)
          .hasMessageStartingWith(cut.toString());
    }
  }

  @Test
  void write_symlink_writesItsTargetAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.ptm"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.ptm"), real);

    ClassifierBundle.write(TestModels.tiny(LinearThemeClassifier.Output.SIGMOID), link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(ThemeClassifier.load(real).taxonomy().themeIds())
        .containsExactly("finance", "merger");
  }

  @Test
  void load_trailingBytesAfterTheZip_refused() throws IOException {
    Path file = written();
    Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(file.toString());
  }

  @Test
  void write_noCreationTime_omitsItAndLoadsWithout() throws IOException {
    Path file = dir.resolve("undated.ptm");
    ClassifierBundle.write(TestModels.tiny(LinearThemeClassifier.Output.SIGMOID, null), file);
    ThemeClassifier loaded = ThemeClassifier.load(file);
    assertThat(loaded.metadata().createdAt()).isNull();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      String manifest =
          new String(
              zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(manifest).doesNotContain("createdAt");
      // entries sorted by name after the two manifest entries
      assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
          .containsExactly(
              "manifest.json", "manifest.sha256", "taxonomy.json", "vocabulary.bin", "weights.bin");
    }
  }

  @Test
  void load_alteredEntry_failsItsChecksum() throws IOException {
    Path file = written();
    rewrite(file, "weights.bin", bytes -> bytes[bytes.length - 1] ^= 1);
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("entry 'weights.bin' was altered");
  }

  @Test
  void load_alteredManifest_isDetected() throws IOException {
    Path file = written();
    rewrite(
        file,
        "manifest.json",
        bytes -> {
          String json = new String(bytes, StandardCharsets.UTF_8);
          byte[] changed = json.replace("hand-made", "hand-mad3").getBytes(StandardCharsets.UTF_8);
          System.arraycopy(changed, 0, bytes, 0, bytes.length);
        });
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("manifest.json was altered");
  }

  @Test
  void load_futureFormatVersion_saysWhichVersionsAreKnown() throws IOException {
    Bundle.Writer writer =
        Bundle.writer(
            new BundleFormat(ClassifierBundle.FORMAT, ClassifierBundle.FORMAT_VERSION + 1, "9.9"));
    writer.entry("weights.bin", new byte[8]);
    Path file = dir.resolve("future.ptm");
    writer.write(file);
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("format version 2 is newer than this library reads (1)");
  }

  @Test
  void load_anotherKindOfBundle_isRejected() throws IOException {
    Bundle.Writer writer = Bundle.writer(new BundleFormat("policy-themes-topics", 1, "9.9"));
    Path file = dir.resolve("topics.ptt");
    writer.write(file);
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("is a 'policy-themes-topics' bundle, expected 'policy-themes-model'");
  }

  @Test
  void load_notAZip_isRejected() throws IOException {
    Path file = dir.resolve("text.ptm");
    Files.writeString(file, "just some text, not a model");
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void load_missingFile_throwsNoSuchFile() {
    assertThatThrownBy(() -> ThemeClassifier.load(dir.resolve("absent.ptm")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void load_extraEntry_isRejected() throws IOException {
    Path file = written();
    byte[] original = Files.readAllBytes(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(original));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(in.readAllBytes());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("smuggled.bin"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Files.write(file, out.toByteArray());
    assertThatThrownBy(() -> ThemeClassifier.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("entry 'smuggled.bin' is not in the manifest");
  }

  /** Rewrites one zip entry in place, keeping every other entry as it was. */
  private static void rewrite(Path file, String name, java.util.function.Consumer<byte[]> change)
      throws IOException {
    byte[] original = Files.readAllBytes(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(original));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(name)) {
          change.accept(bytes);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    Files.write(file, out.toByteArray());
  }
}
