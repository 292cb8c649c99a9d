package io.github.policythemes.classify;

import java.util.List;
import java.util.Objects;

/**
 * A classification with the evidence for each assigned theme.
 *
 * @param classification the classification being explained
 * @param themes evidence per assigned theme, in the order of {@link Classification#assigned()};
 *     empty when no theme was assigned
 */
public record Explanation(Classification classification, List<ThemeEvidence> themes) {
  /** Validates and copies. */
  public Explanation {
    Objects.requireNonNull(classification, "classification");
    themes = List.copyOf(themes);
  }
}
