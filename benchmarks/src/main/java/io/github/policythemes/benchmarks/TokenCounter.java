package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TermConsumer;
import io.github.policythemes.analysis.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tokenizes one text and returns the total length of its terms, so that every tokenizer does the
 * same minimal work with each term: read its chars once. Not thread-safe: one per benchmark thread.
 */
interface TokenCounter {
  /** OpenNLP's English tokenizer model, from {@code opennlp-models-tokenizer-en}. */
  String OPENNLP_TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /**
   * Tokenizes a text.
   *
   * @param text the text
   * @return the sum of the term lengths
   */
  int count(String text);

  /** Our hot-path API: each term handed to a callback as {@code char[]}. */
  static TokenCounter of(Language language, Chain chain) {
    TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
    LengthSum sum = new LengthSum();
    return text -> {
      sum.total = 0;
      analyzer.analyze(text, chain, sum);
      return sum.total;
    };
  }

  /** A Lucene analyzer, consumed as {@code TextAnalyzer} consumes its own. */
  static TokenCounter of(Analyzer analyzer) {
    return text -> {
      try (TokenStream stream = analyzer.tokenStream("", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        int total = 0;
        while (stream.incrementToken()) {
          total += term.length();
        }
        stream.end();
        return total;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** An OpenNLP tokenizer: one {@code String} per token. */
  static TokenCounter of(Tokenizer tokenizer) {
    return text -> {
      int total = 0;
      for (String token : tokenizer.tokenize(text)) {
        total += token.length();
      }
      return total;
    };
  }

  /** OpenNLP's rule-based tokenizer (character classes). */
  static TokenCounter openNlpSimple() {
    return of(SimpleTokenizer.INSTANCE);
  }

  /** OpenNLP's maximum-entropy tokenizer with the English model. */
  static TokenCounter openNlpMaxent() {
    try (InputStream in = TokenCounter.class.getResourceAsStream(OPENNLP_TOKENIZER_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(OPENNLP_TOKENIZER_MODEL + " is not on the classpath");
      }
      return of(new TokenizerME(new TokenizerModel(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds up term lengths. */
  final class LengthSum implements TermConsumer {
    int total;

    @Override
    public void term(char[] buffer, int length, int start, int end, int increment) {
      total += length;
    }
  }
}
