package io.github.policythemes.batch;

/** How results are written. */
public enum OutputFormat {
  /** One JSON object per article and line. */
  JSONL,
  /** A header and one row per article, one score column per theme. */
  CSV,
  /** Aligned columns for a person to read. */
  TABLE;

  /**
   * Parses a format name, ignoring case.
   *
   * @param name {@code jsonl}, {@code csv} or {@code table}
   * @return the format
   * @throws IllegalArgumentException if the name is not one of these
   */
  public static OutputFormat parse(String name) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "': use jsonl, csv or table");
  }
}
