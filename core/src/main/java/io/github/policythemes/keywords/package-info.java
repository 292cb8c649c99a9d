/**
 * Keywords: key phrases of one document ({@link
 * io.github.policythemes.keywords.YakeKeywordExtractor}, YAKE-style statistics, no training), the
 * terms that set a group of documents (a theme, a period, a topic) apart from the rest ({@link
 * io.github.policythemes.keywords.KeynessAnalyzer} over {@link
 * io.github.policythemes.keywords.GroupTermCounts}, log-likelihood keyness), and their JSON,
 * written in one place ({@link io.github.policythemes.keywords.KeywordJson}). Terms are those of
 * {@code analysis.TopicTerms}, as topic models see them. Extractors are immutable and thread-safe;
 * counts are not.
 */
package io.github.policythemes.keywords;
