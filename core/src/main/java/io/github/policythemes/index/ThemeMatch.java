package io.github.policythemes.index;

/** How the themes of a {@link ThemeQuery} combine. */
public enum ThemeMatch {
  /** An article matches when it has at least one of the themes. */
  ANY,
  /** An article matches only when it has every one of the themes. */
  ALL
}
