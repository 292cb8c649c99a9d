package io.github.policythemes.taxonomy;

import io.github.policythemes.analysis.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One theme of a taxonomy: its id, labels per language, definition and weighted keywords.
 * Immutable.
 *
 * @param id the stable id, e.g. {@code metropolitan-integration} or {@code "18"}
 * @param labels the display label per language; at least one
 * @param definition what belongs to the theme and what does not; may be empty
 * @param keywords weighted keywords per language; may be empty
 */
public record Theme(
    String id,
    Map<Language, String> labels,
    String definition,
    Map<Language, List<Keyword>> keywords) {

  /**
   * Validates the theme and copies its maps.
   *
   * @throws IllegalArgumentException if the id is not a valid id, there is no label, or a label is
   *     blank
   */
  public Theme {
    Taxonomy.requireId(id, "theme id");
    Objects.requireNonNull(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("theme '" + id + "' has no label");
    }
    labels.forEach(
        (language, label) -> {
          if (label == null || label.isBlank()) {
            throw new IllegalArgumentException(
                "theme '" + id + "' has an empty " + language.code() + " label");
          }
        });
    labels = Map.copyOf(labels);
    definition = Objects.requireNonNullElse(definition, "");
    EnumMap<Language, List<Keyword>> copy = new EnumMap<>(Language.class);
    Objects.requireNonNull(keywords, "keywords").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    keywords = Map.copyOf(copy);
  }

  /**
   * Returns the label in a language, else the English label, else any label.
   *
   * @param language the reader's language
   * @return a label, never null
   */
  public String label(Language language) {
    String label = labels.get(language);
    if (label == null) {
      label = labels.get(Language.EN);
    }
    return label != null ? label : labels.values().iterator().next();
  }

  /**
   * Returns the keywords of one language.
   *
   * @param language the language
   * @return the keywords, empty if the theme has none in that language
   */
  public List<Keyword> keywords(Language language) {
    return keywords.getOrDefault(language, List.of());
  }
}
