package io.github.policythemes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentHashesTest {
  @Test
  void contains_sameArticleDespiteCaseAndSpacing_notOthers() throws IOException {
    DocumentHashes hashes =
        DocumentHashes.of(List.of(Article.of("Tax grants to counties"), Article.of("지방재정")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    hashes.write(bytes);
    DocumentHashes read = DocumentHashes.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.size()).isEqualTo(2);
    assertThat(read.contains(Article.of("  tax   GRANTS to counties "))).isTrue();
    assertThat(read.contains(Article.of("지방재정"))).isTrue();
    assertThat(read.contains(Article.of("Tax grants to cities"))).isFalse();
  }

  @Test
  void read_otherBytes_isAnError() {
    assertThatThrownBy(() -> DocumentHashes.read(new ByteArrayInputStream(new byte[12])))
        .isInstanceOf(IOException.class);
  }
}
