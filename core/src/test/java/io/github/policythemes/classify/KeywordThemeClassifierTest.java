package io.github.policythemes.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordThemeClassifierTest {
  private final ThemeClassifier classifier =
      ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance"));

  @Test
  void classify_koreanHeadline_findsTheThemeOfItsKeywordsInsideCompounds() {
    Classification result = classifier.classify(Article.of("행안부, 지방소멸대응기금 배분 기준 손질…인구감소지역 지원 확대"));
    assertThat(result.language()).isEqualTo(Language.KO);
    assertThat(result.assignedIds()).contains("lagging-regions");
    assertThat(result.top().orElseThrow().themeId()).isEqualTo("lagging-regions");
    assertThat(result.top().orElseThrow().label()).isEqualTo("낙후·인구감소지역");
  }

  @Test
  void classify_englishInflectedForms_matchKeywords() {
    Classification result =
        classifier.classify(
            Article.of("Residents vote on participatory budgeting projects in three districts"));
    assertThat(result.assignedIds()).contains("citizen-participation");
  }

  @Test
  void classify_offTopicText_assignsNothing() {
    Classification result =
        classifier.classify(Article.of("The national team won the final 2-1 in extra time."));
    assertThat(result.assigned()).isEmpty();
  }

  @Test
  void classify_oneMention_scoresLowerInALongArticleThanInAHeadline() {
    String headline = "Government unveils fiscal equalization plan";
    String filler = " The weather was mild and the markets were calm that week.".repeat(30);
    double short_ =
        classifier.classify(Article.of(headline)).score("local-finance").orElseThrow().score();
    double long_ =
        classifier
            .classify(Article.of(headline + filler))
            .score("local-finance")
            .orElseThrow()
            .score();
    assertThat(short_).isGreaterThan(long_);
    assertThat(long_).isGreaterThan(0);
  }

  @Test
  void explain_listsTheMatchedKeywordsAsWritten() {
    Explanation explanation = classifier.explain(Article.of("주민참여예산 총회에서 주민들이 내년 사업을 직접 골랐다."));
    ThemeEvidence evidence = explanation.themes().get(0);
    assertThat(evidence.themeId()).isEqualTo("citizen-participation");
    assertThat(evidence.terms()).extracting(TermContribution::term).contains("주민참여예산");
    assertThat(evidence.sentences()).hasSize(1);
  }

  @Test
  void keywords_taxonomyWithoutKeywords_isRejected() {
    Taxonomy bare =
        new Taxonomy(
            "bare",
            "1",
            Map.of(),
            "",
            true,
            List.of(Language.EN),
            List.of(new Theme("a", Map.of(Language.EN, "A"), "", Map.of())));
    assertThatThrownBy(() -> ThemeClassifier.keywords(bare))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no keywords");
  }
}
