package io.github.policythemes.index;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * Analyses each {@code title.LANG} and {@code content.LANG} field with the words chain of its
 * language (Nori for Korean, SmartCN for Chinese, stemmed words for English, ...); other fields are
 * not analysed. Thread-safe: the language analyzers are the shared ones of {@link TextAnalyzer}.
 */
final class ArchiveAnalyzer extends DelegatingAnalyzerWrapper {
  static final ArchiveAnalyzer INSTANCE = new ArchiveAnalyzer();

  private static final Analyzer KEYWORD = new KeywordAnalyzer();

  private ArchiveAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  /** The words chain of a language, for query text. */
  static Analyzer words(Language language) {
    return TextAnalyzer.forLanguage(language).luceneAnalyzer(Chain.WORDS);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.startsWith(ArchiveSchema.CONTENT_PREFIX)
        || fieldName.startsWith(ArchiveSchema.TITLE_PREFIX)) {
      return words(ArchiveSchema.fieldLanguage(fieldName));
    }
    return KEYWORD;
  }
}
