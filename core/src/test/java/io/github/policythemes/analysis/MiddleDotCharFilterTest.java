package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MiddleDotCharFilterTest {

  private static String readAll(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[3]; // small on purpose: dots at buffer edges
    for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @Test
  void read_replacesEveryMiddleDotWithASpaceAndNothingElse() throws IOException {
    String text = "대구·경북ㆍ부산‧울산・경남 a.b";
    try (Reader reader = new MiddleDotCharFilter(new StringReader(text))) {
      assertThat(readAll(reader)).isEqualTo("대구 경북 부산 울산 경남 a.b");
    }
  }

  @Test
  void correctOffset_isIdentity() throws IOException {
    try (MiddleDotCharFilter filter = new MiddleDotCharFilter(new StringReader("가·나"))) {
      assertThat(filter.correctOffset(2)).isEqualTo(2);
    }
  }
}
