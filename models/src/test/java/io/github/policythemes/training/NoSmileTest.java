package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading and using the default model must not need Smile (GPL-3.0) on the classpath. */
class NoSmileTest {

  @Test
  void defaultModel_loadsAndClassifiesWithoutSmileOnTheClasspath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("smile") && !entry.contains("test-classes")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("smile.classification.SVM"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> api = loader.loadClass("io.github.policythemes.classify.ThemeClassifier");
      Class<?> article = loader.loadClass("io.github.policythemes.article.Article");
      Object model = api.getMethod("defaultModel").invoke(null);
      Object input =
          article.getMethod("of", String.class).invoke(null, "지방소멸대응기금 배분 기준 개편…인구감소지역 지원");
      Object result = api.getMethod("classify", article).invoke(model, input);
      Object assigned = result.getClass().getMethod("assignedIds").invoke(result);
      assertThat(assigned.toString()).contains("lagging-regions");
    }
  }
}
