package io.github.policythemes.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void defaults_readTheUsualFieldsAndNoLabels() {
    ReadOptions options = ReadOptions.defaults();
    assertThat(options.textFields()).containsExactly("text", "body", "content");
    assertThat(options.labels()).isEqualTo(ReadOptions.Labels.NONE);
    assertThat(options.labelFields()).isEmpty();
    assertThat(options.allowMissingText()).isFalse();
    assertThat(ReadOptions.builder().labels(ReadOptions.Labels.OPTIONAL).build().labelFields())
        .containsExactly("labels", "label");
  }

  @Test
  void builder_settingTwice_isAStateErrorNamingTheValue() {
    ReadOptions.Builder builder = ReadOptions.builder().idField("doc");
    assertThatThrownBy(() -> builder.idField("other"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("idField was already set to doc");
  }

  @Test
  void builder_badValues_areArgumentErrors() {
    assertThatThrownBy(() -> ReadOptions.builder().textField(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("textField is blank");
    assertThatThrownBy(() -> ReadOptions.builder().maxRecordBytes(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecordBytes is 10, must be >= 1024");
    assertThatThrownBy(() -> ReadOptions.builder().idField("text").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'text' is mapped to two roles");
    assertThatThrownBy(
            () ->
                ReadOptions.builder()
                    .labels(ReadOptions.Labels.REQUIRED)
                    .labelsField("title")
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_labelsFieldWithoutLabels_isAStateError() {
    assertThatThrownBy(() -> ReadOptions.builder().labelsField("assigned").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("labels are not read");
  }
}
