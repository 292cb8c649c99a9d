package io.github.policythemes.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container on its own: a manifest of typed fields and checksummed entries, no codec. */
class BundleTest {
  private static final BundleFormat KIND = new BundleFormat("test-kind", 2, "1.0");

  private static Bundle roundTrip(Bundle.Writer writer, BundleFormat reader) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.write(bytes);
    return Bundle.read(new ByteArrayInputStream(bytes.toByteArray()), "mem.bin", reader);
  }

  @Test
  void manifest_typedFieldsAndSections_readBackAsWritten() throws IOException {
    Bundle.Writer writer = Bundle.writer(KIND);
    Manifest.Builder manifest = writer.manifest();
    manifest.put("name", "x").put("count", 3).put("big", 1L << 40).put("share", 0.25);
    manifest.put("on", true).putTexts("ids", List.of("a", "b"));
    manifest.putNumbers("scores", new double[] {1.5, Double.NaN});
    manifest.section("settings").put("ngrams", 2).putTexts("chains", Map.of("en", "words"));
    manifest.putNumbers("metrics", Map.of("f1", 0.5));
    writer.entry("data.bin", new byte[] {1, 2, 3});

    Bundle bundle = roundTrip(writer, KIND);
    Manifest read = bundle.manifest();
    assertThat(read.format()).isEqualTo("test-kind");
    assertThat(read.formatVersion()).isEqualTo(2);
    assertThat(read.libraryVersion()).isEqualTo("1.0");
    assertThat(read.text("name", "")).isEqualTo("x");
    assertThat(read.integerValue("count")).hasValue(3);
    assertThat(read.integerValue("name")).isEmpty();
    assertThat(read.longInteger("big", 0)).isEqualTo(1L << 40);
    assertThat(read.number("share", 0)).isEqualTo(0.25);
    assertThat(read.bool("on", false)).isTrue();
    assertThat(read.textList("ids")).containsExactly("a", "b");
    assertThat(read.numberList("scores")).containsExactly(1.5, Double.NaN);
    assertThat(read.section("settings").integer("ngrams", 0)).isEqualTo(2);
    assertThat(read.section("settings").textMap("chains")).containsEntry("en", "words");
    assertThat(read.numberMap("metrics")).containsEntry("f1", 0.5);
    assertThat(read.number("missing", 7)).isEqualTo(7);
    assertThat(read.section("missing").keys()).isEmpty();
    assertThat(read.keys()).doesNotContain("entries");
    assertThat(bundle.entry("data.bin")).containsExactly(1, 2, 3);
  }

  @Test
  void builder_aFieldTwiceOrAContainerField_isRejected() {
    Manifest.Builder manifest = Bundle.writer(KIND).manifest().put("x", 1);
    assertThatThrownBy(() -> manifest.put("x", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("manifest field 'x' was already set");
    assertThatThrownBy(() -> manifest.put("formatVersion", 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_newerVersion_namesBothLibraryVersions() {
    Bundle.Writer writer = Bundle.writer(new BundleFormat("test-kind", 3, "2.0"));
    assertThatThrownBy(() -> roundTrip(writer, KIND))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            "mem.bin: format version 3 is newer than this library reads (2); it was written by"
                + " policy-themes 2.0, this is 1.0");
  }
}
