package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeClassifier;
import org.junit.jupiter.api.Test;

class ClassifyArticleTest {

  @Test
  void classifiesAnArticleWithTheDefaultModel() {
    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    Classification result =
        classifier.classify(Article.of("지방소멸대응기금 배분 기준 개편…인구감소지역 지원 확대"));
    result.assigned().forEach(theme -> System.out.println(theme.label() + " " + theme.score()));

    assertTrue(result.assignedIds().contains("lagging-regions"), result.toString());
  }

  @Test
  void smileIsNotOnTheClasspath() {
    // models declares Smile (GPL-3.0) optional: using the default model must not pull it in
    assertThrows(ClassNotFoundException.class, () -> Class.forName("smile.classification.SVM"));
  }
}
