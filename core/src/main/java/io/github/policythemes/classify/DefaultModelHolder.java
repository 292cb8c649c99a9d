package io.github.policythemes.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Holds the default model, loaded by the first call. */
final class DefaultModelHolder {
  /** Where the models jar keeps the default bundle. */
  static final String RESOURCE = "io/github/policythemes/training/default.ptm";

  private static volatile ThemeClassifier instance;

  private DefaultModelHolder() {}

  static ThemeClassifier get() {
    ThemeClassifier local = instance;
    if (local == null) {
      synchronized (DefaultModelHolder.class) {
        local = instance;
        if (local == null) {
          local = load();
          instance = local;
        }
      }
    }
    return local;
  }

  private static ThemeClassifier load() {
    // the class loader, not the class: in a named module Class.getResourceAsStream looks in this
    // module only, and the model is in the models jar
    try (InputStream in = ThemeClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the default model is not on the classpath: add the artifact "
                + "io.github.policythemes:policy-themes-models (resource "
                + RESOURCE
                + ")");
      }
      return ClassifierBundle.read(in, "default model (" + RESOURCE + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the default model: " + e.getMessage(), e);
    }
  }
}
