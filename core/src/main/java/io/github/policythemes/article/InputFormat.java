package io.github.policythemes.article;

import java.util.Locale;

/** How an input holds its articles. */
public enum InputFormat {
  /** One JSON object per line. */
  JSONL,
  /** Comma-separated values with a header row (RFC 4180). */
  CSV,
  /** Plain text: the whole input is one article, its first line the title. */
  TEXT;

  /**
   * Guesses the format from a file name: {@code .jsonl}, {@code .ndjson} and {@code .json} are
   * JSONL, {@code .csv} is CSV, anything else is text. A {@code .gz} suffix is looked through.
   *
   * @param fileName the file name
   * @return the format
   */
  public static InputFormat forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    return name.endsWith(".csv") ? CSV : TEXT;
  }

  /**
   * Parses a format name, ignoring case.
   *
   * @param name {@code jsonl}, {@code csv} or {@code text}
   * @return the format
   * @throws IllegalArgumentException if the name is not one of these
   */
  public static InputFormat parse(String name) {
    for (InputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown input format '" + name + "': use jsonl, csv or text");
  }
}
