package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputOptionsTest {
  @Test
  void parseSize_suffixes_bytes() {
    assertThat(InputOptions.parseSize("512K")).isEqualTo(512 << 10);
    assertThat(InputOptions.parseSize("4m")).isEqualTo(4 << 20);
    assertThat(InputOptions.parseSize("2048")).isEqualTo(2048);
  }

  @Test
  void parseSize_notASizeOrTooLarge_isAUsageError() {
    assertThatThrownBy(() -> InputOptions.parseSize("lots")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> InputOptions.parseSize("4G")).isInstanceOf(UsageException.class);
  }
}
