package io.github.policythemes.article;

import java.util.Locale;

/** How an input holds its articles. */
public enum InputFormat {
  /** One JSON object per line. */
  JSONL,
  /**
   * Values with a header row (RFC 4180 quoting), separated by {@link ReadOptions#delimiter()} or,
   * when none is set, by the one of {@code ,}, {@code ;}, tab and {@code |} that the header line
   * has most of.
   */
  CSV,
  /** Tab-separated values with a header row: CSV whose delimiter is a tab unless one is set. */
  TSV,
  /** Plain text: the whole input is one article, its first line the title. */
  TEXT,
  /**
   * One article per line, as fastText and OpenNLP read them: each line that is not blank is an
   * article's text, its id {@code <file>:<line>}. When labels are read, leading {@code
   * __label__THEME} words (fastText) are the line's labels.
   */
  LINES;

  /**
   * Guesses the format from a file name: {@code .jsonl}, {@code .ndjson} and {@code .json} are
   * JSONL, {@code .csv} is CSV, {@code .tsv} and {@code .tab} are TSV, anything else is text. A
   * {@code .gz} suffix is looked through.
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
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    return name.endsWith(".csv") ? CSV : TEXT;
  }

  /**
   * Parses a format name, ignoring case.
   *
   * @param name {@code jsonl}, {@code csv}, {@code tsv}, {@code text} or {@code lines}
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
        "unknown input format '" + name + "': use jsonl, csv, tsv, text or lines");
  }
}
