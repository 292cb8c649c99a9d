/**
 * Language detection, per-language Lucene analysis chains, sentence splitting and the token API.
 *
 * <p>Entry points: {@link io.github.policythemes.analysis.TextAnalyzer} (terms, with a
 * zero-allocation callback form for hot paths), {@link
 * io.github.policythemes.analysis.LanguageDetector} and {@link
 * io.github.policythemes.analysis.SentenceSplitter}; {@link
 * io.github.policythemes.analysis.TopicTerms} gives the terms a person reads (nouns and words, stop
 * words out) to topics and keywords. Everything here is thread-safe.
 */
package io.github.policythemes.analysis;
