package com.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.policythemes.classify.ThemeClassifier;
import org.junit.jupiter.api.Test;

class ThemesTest {
  @Test
  void defaultModel_loadsAndClassifiesFromTheModulePath() {
    assertTrue(Themes.of("지방소멸대응기금 배분 기준 개편…인구감소지역 지원 확대").contains("lagging-regions"));
    assertEquals("io.github.policythemes.core", ThemeClassifier.class.getModule().getName());
  }

  @Test
  void internals_areNotExported() {
    Module core = ThemeClassifier.class.getModule();
    assertTrue(core.isExported("io.github.policythemes.article"));
    assertFalse(core.isExported("io.github.policythemes.internal"));
    assertTrue(core.isExported("io.github.policythemes.internal", trainingModule()));
  }

  private static Module trainingModule() {
    return ModuleLayer.boot().findModule("io.github.policythemes.training").orElseThrow();
  }
}
