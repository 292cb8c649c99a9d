package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenization throughput of each policy-themes chain against Lucene's and OpenNLP's tokenizers on
 * the same text, one article per operation; the secondary result {@code utf16Bytes} gives MB/s.
 *
 * <p>Input: every article of the tokenizer's language in the corpus (title, blank line, text),
 * about 1 MB of UTF-16 per language for the seed corpus. The {@code EN_STANDARD_TOKENIZER} to
 * {@code EN_MINIMAL_STEM} steps add the English words chain's filters one at a time, so each
 * filter's cost is the difference between two steps of one run.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar TokenizeBenchmark -rf json -rff tokenize.json
 * java -jar benchmarks/target/benchmarks.jar TokenizeBenchmark -p tokenizer=EN_WORDS,EN_OPENNLP_SIMPLE
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class TokenizeBenchmark {
  /** The tokenizers measured; the prefix names the language of the text. */
  public enum Tokenizer {
    /** policy-themes English words chain, through {@code TextAnalyzer}. */
    EN_WORDS(Language.EN, () -> TokenCounter.of(Language.EN, Chain.WORDS)),
    /** policy-themes English bigrams chain: plain lower-cased words. */
    EN_BIGRAMS(Language.EN, () -> TokenCounter.of(Language.EN, Chain.BIGRAMS)),
    /** Lucene {@code StandardTokenizer} alone. */
    EN_STANDARD_TOKENIZER(Language.EN, () -> TokenCounter.of(englishSteps(0))),
    /** ... then {@code EnglishPossessiveFilter}. */
    EN_POSSESSIVE(Language.EN, () -> TokenCounter.of(englishSteps(1))),
    /** ... then {@code LowerCaseFilter}. */
    EN_LOWER_CASE(Language.EN, () -> TokenCounter.of(englishSteps(2))),
    /** ... then {@code StopFilter} with Lucene's English stop words. */
    EN_STOP_WORDS(Language.EN, () -> TokenCounter.of(englishSteps(3))),
    /** ... then {@code EnglishMinimalStemFilter}: the words chain, straight on Lucene. */
    EN_MINIMAL_STEM(Language.EN, () -> TokenCounter.of(englishSteps(4))),
    /** Lucene's bare {@code StandardAnalyzer}. */
    EN_STANDARD_ANALYZER(Language.EN, () -> TokenCounter.of(new StandardAnalyzer())),
    /** Lucene's {@code EnglishAnalyzer} (Porter stemmer). */
    EN_ENGLISH_ANALYZER(Language.EN, () -> TokenCounter.of(new EnglishAnalyzer())),
    /** OpenNLP {@code SimpleTokenizer}. */
    EN_OPENNLP_SIMPLE(Language.EN, TokenCounter::openNlpSimple),
    /** OpenNLP {@code TokenizerME} with {@code opennlp-models-tokenizer-en}. */
    EN_OPENNLP_ME(Language.EN, TokenCounter::openNlpMaxent),
    /** policy-themes Korean words chain (Nori). */
    KO_WORDS(Language.KO, () -> TokenCounter.of(Language.KO, Chain.WORDS)),
    /** policy-themes Korean bigrams chain ({@code CJKBigramFilter}). */
    KO_BIGRAMS(Language.KO, () -> TokenCounter.of(Language.KO, Chain.BIGRAMS)),
    /** Lucene's bare {@code StandardAnalyzer} on the Korean text. */
    KO_STANDARD_ANALYZER(Language.KO, () -> TokenCounter.of(new StandardAnalyzer())),
    /** Lucene's {@code KoreanAnalyzer} (Nori with its defaults). */
    KO_KOREAN_ANALYZER(Language.KO, () -> TokenCounter.of(new KoreanAnalyzer())),
    /** policy-themes Chinese words chain (SmartCN). */
    ZH_WORDS(Language.ZH, () -> TokenCounter.of(Language.ZH, Chain.WORDS)),
    /** policy-themes Chinese bigrams chain ({@code CJKBigramFilter}). */
    ZH_BIGRAMS(Language.ZH, () -> TokenCounter.of(Language.ZH, Chain.BIGRAMS)),
    /** Lucene's bare {@code StandardAnalyzer} on the Chinese text. */
    ZH_STANDARD_ANALYZER(Language.ZH, () -> TokenCounter.of(new StandardAnalyzer())),
    /** Lucene's {@code SmartChineseAnalyzer}. */
    ZH_SMART_CHINESE_ANALYZER(Language.ZH, () -> TokenCounter.of(new SmartChineseAnalyzer()));

    private final Language language;
    private final Supplier<TokenCounter> factory;

    Tokenizer(Language language, Supplier<TokenCounter> factory) {
      this.language = language;
      this.factory = factory;
    }
  }

  /** Which tokenizer runs. */
  @Param public Tokenizer tokenizer;

  /** {@code seeds}, or the path of a JSON Lines corpus with {@code text} fields. */
  @Param(Corpus.SEEDS)
  public String corpus;

  private String[] texts;
  private int mask;
  private int next;
  private TokenCounter counter;

  /** Reads the articles and builds the tokenizer. */
  @Setup(Level.Trial)
  public void setUp() {
    texts = Corpus.cycled(Corpus.load(corpus).contents(tokenizer.language), 1024);
    mask = texts.length - 1;
    counter = tokenizer.factory.get();
  }

  /**
   * Tokenizes one article.
   *
   * @param bytes counts the text read
   * @return the total term length
   */
  @Benchmark
  public int tokenize(TextBytes bytes) {
    return counter.count(bytes.read(texts[next++ & mask]));
  }

  /** The English words chain cut after {@code steps} filters, built as {@code Chains} builds it. */
  static Analyzer englishSteps(int steps) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream out = source;
        if (steps >= 1) {
          out = new EnglishPossessiveFilter(out);
        }
        if (steps >= 2) {
          out = new LowerCaseFilter(out);
        }
        if (steps >= 3) {
          out = new StopFilter(out, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
        if (steps >= 4) {
          out = new EnglishMinimalStemFilter(out);
        }
        return new TokenStreamComponents(source, out);
      }
    };
  }
}
