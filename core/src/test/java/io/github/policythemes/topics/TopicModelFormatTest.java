package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.bundle.Bundle;
import io.github.policythemes.bundle.BundleFormat;
import io.github.policythemes.bundle.ModelFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicModelFormatTest {
  private static final SyntheticCorpus SYNTHETIC = new SyntheticCorpus(3, 10, 60, 30, 1);
  private static final LdaResult RESULT =
      LdaTrainer.builder()
          .topics(3)
          .iterations(50)
          .build()
          .train(TopicCorpus.builder().maxDocumentFraction(1.0).build(SYNTHETIC.articles));

  @TempDir Path dir;

  @Test
  void saveAndLoad_model_keepsTopicsMetadataAndInference() throws IOException {
    Path file = dir.resolve("model.ptt");
    RESULT.model().save(file);
    TopicModel loaded = TopicModel.load(file);
    assertThat(loaded.topics()).isEqualTo(RESULT.model().topics());
    assertThat(loaded.alpha()).isEqualTo(RESULT.model().alpha());
    assertThat(loaded.vocabulary()).isEqualTo(RESULT.model().vocabulary());
    assertThat(loaded.metadata().algorithm()).isEqualTo("lda");
    assertThat(loaded.metadata().formatVersion()).isEqualTo(1);
    assertThat(loaded.metadata().trainingDocuments()).isEqualTo(60);
    assertThat(loaded.metadata().trainingSha256()).hasSize(64);
    assertThat(loaded.metadata().parameters()).containsEntry("topics", "3");
    assertThat(loaded.infer(SYNTHETIC.articles.get(4)))
        .isEqualTo(RESULT.model().infer(SYNTHETIC.articles.get(4)));
  }

  @Test
  void load_truncatedFile_namesTheFile() throws IOException {
    Path file = dir.resolve("model.ptt");
    RESULT.model().save(file);
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = dir.resolve("truncated.ptt");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> TopicModel.load(truncated))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(truncated.toString());
  }

  @Test
  void load_alteredEntry_isRejected() throws IOException {
    Path original = dir.resolve("model.ptt");
    RESULT.model().save(original);
    Path file = dir.resolve("altered.ptt");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("counts.bin")) {
          bytes[bytes.length - 1] ^= 1;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> TopicModel.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(file + ": entry 'counts.bin' was altered (SHA-256 does not match)");
  }

  @Test
  void load_futureFormatVersion_isRejectedWithBothVersions() throws IOException {
    Path file = dir.resolve("future.ptt");
    Bundle.writer(new BundleFormat(TopicModel.FORMAT, 2, "9.9"))
        .entry("counts.bin", new byte[1])
        .write(file);
    assertThatThrownBy(() -> TopicModel.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("format version 2 is newer than this library reads (1)");
  }

  @Test
  void load_classifierBundle_isRejectedAsTheWrongKind() throws IOException {
    Path file = dir.resolve("classifier.ptm");
    Bundle.writer(new BundleFormat("policy-themes-model", 1, "9.9"))
        .entry("weights.bin", new byte[1])
        .write(file);
    assertThatThrownBy(() -> TopicModel.load(file))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("expected 'policy-themes-topics'");
  }

  @Test
  void load_releasedVersion1Bundle_stillLoads() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("topic-model-v1.ptt")) {
      TopicModel model = TopicModel.load(in, "topic-model-v1.ptt");
      assertThat(model.numTopics()).isEqualTo(3);
      assertThat(model.topics()).allSatisfy(t -> assertThat(t.words()).isNotEmpty());
      assertThat(model.infer(SYNTHETIC.articles.get(0)).size()).isEqualTo(3);
    }
  }
}
