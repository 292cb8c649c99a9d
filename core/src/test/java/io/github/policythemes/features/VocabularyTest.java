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
  void indexOf_tellsApartFeaturesWhoseKeysShareTheUpperHalf() {
    // Two terms whose 64-bit keys have the same upper 32 bits (the tag the table compares) and the
    // same lowest 3 bits (the home slot in a table of 8), found by trying numbered terms.
    List<String> sameTag = sameTag(2);
    Vocabulary vocabulary =
        Vocabulary.of(List.of("x", sameTag.get(0), "y", sameTag.get(1)), new float[] {1, 2, 3, 4});
    assertThat(vocabulary.ambiguousFeatures()).isEqualTo(2);
    assertThat(vocabulary.indexOf("x")).isEqualTo(0);
    assertThat(vocabulary.indexOf(sameTag.get(0))).isEqualTo(1);
    assertThat(vocabulary.indexOf("y")).isEqualTo(2);
    assertThat(vocabulary.indexOf(sameTag.get(1))).isEqualTo(3);
    assertThat(vocabulary.indexOf("z")).isEqualTo(-1);
  }

  @Test
  void indexOf_findsEveryFeatureOfALargeVocabulary() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      terms.add("t" + i);
    }
    Vocabulary vocabulary = Vocabulary.of(terms, new float[terms.size()]);
    for (int i = 0; i < terms.size(); i++) {
      assertThat(vocabulary.indexOf(terms.get(i))).isEqualTo(i);
      assertThat(vocabulary.indexOf("u" + i)).isEqualTo(-1);
    }
  }

  private static List<String> sameTag(int count) {
    java.util.Map<Long, List<String>> byTag = new java.util.HashMap<>();
    for (int i = 0; ; i++) {
      String term = "w" + i;
      List<String> terms =
          byTag.computeIfAbsent(
              TermKeys.of(term) & 0xFFFF_FFFF_0000_0007L, tag -> new ArrayList<>());
      terms.add(term);
      if (terms.size() == count) {
        return terms;
      }
    }
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
