package io.github.policythemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core's module descriptor exports the API packages, and the tests run inside the module. */
class ModuleDescriptorTest {
  static final Set<String> API =
      Set.of(
          "io.github.policythemes",
          "io.github.policythemes.analysis",
          "io.github.policythemes.article",
          "io.github.policythemes.batch",
          "io.github.policythemes.bundle",
          "io.github.policythemes.classify",
          "io.github.policythemes.eval",
          "io.github.policythemes.features",
          "io.github.policythemes.index",
          "io.github.policythemes.keywords",
          "io.github.policythemes.taxonomy",
          "io.github.policythemes.topics",
          "io.github.policythemes.trends");

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream("/module-info.class")) {
      assertThat(in).as("module-info.class of core").isNotNull();
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void descriptor_exportsTheApiAndInternalOnlyToTraining() throws IOException {
    ModuleDescriptor core = descriptor();
    assertThat(core.name()).isEqualTo("io.github.policythemes.core");
    assertThat(
            core.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .isEqualTo(API);
    assertThat(core.exports().stream().filter(ModuleDescriptor.Exports::isQualified))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("io.github.policythemes.internal");
              assertThat(e.targets()).containsExactly("io.github.policythemes.training");
            });
    assertThat(core.packages()).containsAll(API).contains("io.github.policythemes.internal");
  }

  @Test
  void tests_runInTheNamedModule_soTheDescriptorIsExercised() {
    // surefire puts core on the module path (useModulePath, its default): resource lookups and
    // requires are tested as a user of the module meets them
    assertThat(Article.class.getModule().getName()).isEqualTo("io.github.policythemes.core");
  }
}
