package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicTermsTest {
  private static List<String> terms(String text, Language language, Set<String> stop) {
    List<String> terms = new ArrayList<>();
    TopicTerms.analyze(text, language, stop, (term, start, end) -> terms.add(term));
    return terms;
  }

  @Test
  void korean_newsBoilerplateAndOneSyllableNounsDropped_keepListKept() {
    List<String> terms = terms("[종합] 연합뉴스 기자 (속보) 사진 시 군 집값 집 주민참여예산", Language.KO, Set.of());

    assertThat(terms)
        .contains("주민참여예산", "집")
        .doesNotContain("종합", "연합뉴스", "기자", "속보", "사진", "시", "군");
  }

  @Test
  void chinese_oneCharacterWordsDropped() {
    List<String> terms = terms("湖州德清县推进家门口的养老服务。新华社记者报道。", Language.ZH, Set.of());

    assertThat(terms).isNotEmpty().allMatch(t -> t.length() > 1).doesNotContain("新华社", "记者");
  }

  @Test
  void callersStopWords_readThroughTheChains() {
    Set<String> stop = TopicTerms.stopWords(List.of("# comment", "Councils", "주민참여예산"));

    assertThat(terms("The council and the councils met", Language.EN, stop))
        .doesNotContain("council");
    assertThat(terms("주민참여예산 총회", Language.KO, stop)).doesNotContain("주민참여예산").contains("총회");
  }
}
