package io.github.policythemes.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordJsonTest {
  @Test
  void document_writesOneLineWithEveryPhrase() {
    String json =
        KeywordJson.document("a\"1", List.of(new Keyphrase("local tax", "local tax", 2, 3, 0.25)));
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"a\\\"1\",\"keywords\":[{\"keyword\":\"local tax\",\"score\":0.25,"
                + "\"occurrences\":3}]}");
  }

  @Test
  void groupAndTerms_writeTheSameKeywordObjects() {
    List<KeyTerm> terms = List.of(new KeyTerm("grant", "grants", 5, 1, 12.5, 2.0));
    String array = KeywordJson.terms(terms);
    assertThat(array)
        .isEqualTo(
            "[{\"keyword\":\"grants\",\"term\":\"grant\",\"count\":5,\"restCount\":1,"
                + "\"logLikelihood\":12.5,\"logRatio\":2.0}]");
    assertThat(KeywordJson.group("local-finance", terms))
        .isEqualTo("{\"group\":\"local-finance\",\"keywords\":" + array + "}");
  }
}
