package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {
  private final AsciiWords words =
      AsciiWords.of(List.of("a", "the", "should", "abcdefgh", "themselves"));

  @Test
  void contains_findsExactlyTheWords() {
    assertThat(contains("a")).isTrue();
    assertThat(contains("the")).isTrue();
    assertThat(contains("should")).isTrue();
    assertThat(contains("abcdefgh")).isTrue();
    assertThat(contains("The")).isFalse();
    assertThat(contains("th")).isFalse();
    assertThat(contains("\u0000a")).isFalse(); // same low bits as "a", other length
    assertThat(contains("bcdefgh")).isFalse();
  }

  @Test
  void containsLong_findsTheLongerWords() {
    assertThat(words.containsLong("themselves".toCharArray(), 10)).isTrue();
    assertThat(words.containsLong("themselvesx".toCharArray(), 10)).isTrue(); // length counts
    assertThat(words.containsLong("themselvesx".toCharArray(), 11)).isFalse();
    assertThat(words.containsLong("yourselves".toCharArray(), 10)).isFalse();
    assertThat(words.containsLong("Themselves".toCharArray(), 10)).isFalse();
    assertThat(AsciiWords.of(List.of("a")).containsLong("abcdefghi".toCharArray(), 9)).isFalse();
  }

  @Test
  void of_rejectsWordsThatAreNotAscii() {
    assertThatThrownBy(() -> AsciiWords.of(List.of("café")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsciiWords.of(List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private boolean contains(String word) {
    long packed = 0;
    for (char c : word.toCharArray()) {
      packed = AsciiWords.append(packed, c);
    }
    return words.contains(AsciiWords.key(packed, word.length()));
  }
}
