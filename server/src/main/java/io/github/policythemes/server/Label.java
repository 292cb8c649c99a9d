package io.github.policythemes.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One article labelled on the page: the article as the archive holds it, the themes the person
 * chose, and what the model had suggested. One line of the labels file, readable by {@code
 * policy-themes train --data} as it is.
 *
 * @param id the article's id in the archive
 * @param title its headline
 * @param text its text
 * @param lang its language code
 * @param date its date (ISO), or null
 * @param labels the themes the person chose; empty for "none of these"
 * @param suggested the themes the model had assigned
 * @param model the id of the model that suggested them
 * @param labelledAt when (ISO instant)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Label(
    String id,
    String title,
    String text,
    String lang,
    String date,
    List<String> labels,
    List<String> suggested,
    String model,
    String labelledAt) {
  Label {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    labels = List.copyOf(labels);
    suggested = suggested == null ? List.of() : List.copyOf(suggested);
  }

  /** Whether the person kept the model's suggestion. */
  boolean accepted() {
    return new java.util.HashSet<>(labels).equals(new java.util.HashSet<>(suggested));
  }
}
