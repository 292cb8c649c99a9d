package io.github.policythemes.cli;

import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeQuery;
import io.github.policythemes.topics.ThemeTrends;
import io.github.policythemes.topics.TrendAnalyzer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * {@code trends --index DIR}: the archive's articles go through the same {@link TrendAnalyzer} as a
 * classify JSONL file, as the JSONL that {@code classify --keep-text} writes, in the order they
 * were indexed, so the tables are the same as from that file.
 */
final class IndexTrends {
  private IndexTrends() {}

  static ThemeTrends analyze(TrendAnalyzer analyzer, Path index) throws IOException {
    try (ThemeIndex archive = ThemeIndex.openReadOnly(index);
        Reader classified = archive.classifiedJsonl(ThemeQuery.all())) {
      return analyzer.analyze(classified, index.toString());
    }
  }
}
