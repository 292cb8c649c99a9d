package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DefaultModelTest {
  private final ThemeClassifier model = ThemeClassifier.defaultModel();

  @Test
  void defaultModel_isTheRegionalGovernanceModelWithItsMetrics() {
    ModelMetadata metadata = model.metadata();
    assertThat(model.taxonomy().id()).isEqualTo("regional-governance");
    assertThat(metadata.trainingDocuments()).isGreaterThanOrEqualTo(1000);
    assertThat(metadata.trainingSha256()).hasSize(64);
    assertThat(metadata.metrics()).containsKeys("microF1", "macroF1");
    assertThat(metadata.metrics().get("microF1")).isGreaterThan(0.7);
  }

  @Test
  void defaultModel_isSmallOnDisk() throws IOException {
    try (InputStream in =
        ThemeClassifier.class.getResourceAsStream("/io/github/policythemes/training/default.ptm")) {
      assertThat(in.readAllBytes().length).isLessThan(20 * 1024 * 1024);
    }
  }

  @Test
  void defaultModel_classifiesArticlesInAllThreeLanguages() {
    assertThat(themesOf("지방소멸대응기금 배분 기준 바뀐다…인구감소지역 89곳 차등 지원")).contains("lagging-regions");
    assertThat(
            themesOf(
                "Residents of Suwon voted on which neighbourhood projects the city's"
                    + " participatory budget should fund next year."))
        .contains("citizen-participation");
    assertThat(themesOf("财政部下达县级基本财力保障机制奖补资金 加大对县级财政转移支付力度")).contains("local-finance");
    assertThat(themesOf("The national football team beat Japan 2-0 in Tokyo on Friday night."))
        .isEmpty();
  }

  @Test
  void defaultModel_explainsWithReadableKoreanWords() {
    Explanation explanation = model.explain(Article.of("주민참여예산 총회에서 구민 800명이 내년도 사업을 직접 골랐다."));
    assertThat(explanation.themes()).isNotEmpty();
    assertThat(explanation.themes().get(0).terms().get(0).term()).isEqualTo("주민참여예산");
  }

  private java.util.List<String> themesOf(String text) {
    Classification classification = model.classify(Article.of(text));
    return classification.assignedIds();
  }
}
