package io.github.policythemes.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void read_givesBackWhatToBytesWrote() throws IOException {
    List<String> terms =
        List.of("budget", "지방", "분권", "地方", "😀x", "a\u0000b", "é", "^ 지방", "local finance");
    float[] idf = {1f, 2.5f, 3f, 1.25f, 7f, 2f, 1.5f, 4f, 3.5f};
    Vocabulary vocabulary = Vocabulary.read(Vocabulary.of(terms, idf).toBytes());
    assertThat(vocabulary.size()).isEqualTo(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      assertThat(vocabulary.term(i)).isEqualTo(terms.get(i));
      assertThat(vocabulary.idf(i)).isEqualTo(idf[i]);
    }
    assertThat(vocabulary.indexOf("지방")).isEqualTo(1);
    assertThat(vocabulary.indexOf("local", "finance")).isEqualTo(8);
    assertThat(vocabulary.indexOf("missing")).isEqualTo(-1);
  }

  @Test
  void read_randomTerms_roundTrip() throws IOException {
    Random random = new Random(9L);
    List<String> terms = new ArrayList<>();
    while (terms.size() < 2000) {
      StringBuilder term = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        term.append(
            switch (random.nextInt(4)) {
              case 0 -> (char) ('a' + random.nextInt(26));
              case 1 -> (char) (0xAC00 + random.nextInt(11172));
              case 2 -> (char) (0x80 + random.nextInt(0x780)); // two-byte UTF-8
              default -> (char) (1 + random.nextInt(0xFFFE)); // anything but NUL, even surrogates
            });
      }
      String candidate = term.toString().replace(' ', 'x');
      if (!terms.contains(candidate)) {
        terms.add(candidate);
      }
    }
    float[] idf = new float[terms.size()];
    Arrays.fill(idf, 1.5f);
    Vocabulary vocabulary = Vocabulary.read(Vocabulary.of(terms, idf).toBytes());
    for (int i = 0; i < terms.size(); i++) {
      assertThat(vocabulary.term(i)).isEqualTo(terms.get(i));
      assertThat(vocabulary.indexOf(terms.get(i))).isEqualTo(i);
    }
  }

  @Test
  void read_damagedBytes_fail() {
    byte[] bytes = Vocabulary.of(List.of("지방", "budget"), new float[] {1f, 2f}).toBytes();
    assertThatThrownBy(() -> Vocabulary.read(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Vocabulary.read(Arrays.copyOf(bytes, bytes.length + 1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("trailing");
    byte[] broken = bytes.clone();
    broken[11] = (byte) 0xFF; // inside the first term's modified UTF-8
    assertThatThrownBy(() -> Vocabulary.read(broken)).isInstanceOf(IOException.class);
  }
}
