package io.github.policythemes.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Builds and caches one Lucene {@link Analyzer} per language and chain. Analyzers are shared by
 * every thread (Lucene keeps the token stream components per thread).
 */
final class Chains {
  private static final int CHAINS = Chain.values().length;
  private static final AtomicReferenceArray<Analyzer> CACHE =
      new AtomicReferenceArray<>(Language.values().length * CHAINS);

  /**
   * English function words: Lucene's short default list (33 words) lets pronouns, auxiliaries and
   * question words through, and they then turn up in explanations and keywords.
   */
  static final List<String> ENGLISH_STOP_LIST =
      List.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "either",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "may",
          "me",
          "might",
          "more",
          "most",
          "must",
          "my",
          "myself",
          "neither",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "said",
          "same",
          "says",
          "shall",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "upon",
          "us",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "whether",
          "which",
          "while",
          "who",
          "whom",
          "whose",
          "why",
          "will",
          "with",
          "within",
          "without",
          "would",
          "yet",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves");

  /** The English stop words as the words chain looks them up. */
  static final AsciiWords ENGLISH_STOP_WORDS = AsciiWords.of(ENGLISH_STOP_LIST);

  /** Chinese function words that SmartCN keeps as words but that carry no topic. */
  static final CharArraySet CHINESE_STOP_WORDS =
      new CharArraySet(
          Set.of(
              "的", "了", "在", "是", "和", "与", "及", "或", "也", "都", "就", "而", "并", "将", "对", "从", "把",
              "被", "为", "以", "于", "等", "这", "那", "其", "之", "着", "过", "又", "还", "个", "中", "上", "下",
              "有", "要", "会", "能", "可", "让", "向", "由", "但", "则", "该"),
          false);

  /**
   * Korean light verbs and their common inflected forms, and bound nouns, that Nori tags as content
   * but that carry no topic (하다, 되다, 있다, 것, 수, 등).
   */
  static final CharArraySet KOREAN_STOP_WORDS =
      new CharArraySet(
          Set.of(
              "하", "했", "한", "할", "함", "해", "되", "됐", "된", "될", "돼", "있", "없", "않", "같", "것", "수",
              "등", "및", "때", "중", "더", "또", "그", "이", "저", "위", "위하", "위한", "위해", "통해", "통한", "대한",
              "대하", "관련"),
          false);

  private Chains() {}

  /** The tokenizer of the bigram chain without its filters, for {@link CjkBigrams}. */
  private static final Analyzer BIGRAM_TOKENS = bigramAnalyzer(in -> in);

  static Analyzer bigramTokens() {
    return BIGRAM_TOKENS;
  }

  private static Analyzer bigramAnalyzer(Function<TokenStream, TokenStream> filters) {
    return new ChainAnalyzer(StandardTokenizer::new, filters) {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MiddleDotCharFilter(reader);
      }
    };
  }

  static Analyzer get(Language language, Chain chain) {
    int slot = language.ordinal() * CHAINS + chain.ordinal();
    Analyzer analyzer = CACHE.get(slot);
    if (analyzer == null) {
      Analyzer created = create(language, chain);
      if (CACHE.compareAndSet(slot, null, created)) {
        analyzer = created;
      } else {
        created.close();
        analyzer = CACHE.get(slot);
      }
    }
    return analyzer;
  }

  private static Analyzer create(Language language, Chain chain) {
    if (chain == Chain.BIGRAMS) {
      // TextAnalyzer runs it as bigramTokens() and CjkBigrams unless the text has halfwidth kana
      return bigramAnalyzer(
          in -> new CJKBigramFilter(new CjkLowerCaseFilter(new CJKWidthFilter(in))));
    }
    return switch (language) {
      case EN -> new ChainAnalyzer(StandardTokenizer::new, Chains::english);
      case KO -> korean(chain == Chain.NOUNS ? KOREAN_NOUN_STOP_TAGS : KOREAN_STOP_TAGS);
      case ZH -> new ChainAnalyzer(HMMChineseTokenizer::new, Chains::chinese);
      case JA -> new JapaneseAnalyzer();
      case DE -> new GermanAnalyzer();
      case FR -> new FrenchAnalyzer();
      case ES -> new SpanishAnalyzer();
      case IT -> new ItalianAnalyzer();
      case PT -> new PortugueseAnalyzer();
      case NL -> new DutchAnalyzer();
      case DA -> new DanishAnalyzer();
      case SV -> new SwedishAnalyzer();
      case NO -> new NorwegianAnalyzer();
      case FI -> new FinnishAnalyzer();
      case RU -> new RussianAnalyzer();
      case TR -> new TurkishAnalyzer();
      case ID -> new IndonesianAnalyzer();
      case CS -> new CzechAnalyzer();
      case HU -> new HungarianAnalyzer();
      case RO -> new RomanianAnalyzer();
      case EL -> new GreekAnalyzer();
      case AR -> new ArabicAnalyzer();
      case HI -> new HindiAnalyzer();
      case OTHER -> new ChainAnalyzer(StandardTokenizer::new, LowerCaseFilter::new);
    };
  }

  /** Possessives, lower case, stop words and the plural stemmer, fused into one filter. */
  private static TokenStream english(TokenStream in) {
    return new EnglishWordsFilter(in, ENGLISH_STOP_WORDS);
  }

  private static TokenStream chinese(TokenStream in) {
    TokenStream out = new StopFilter(in, SmartChineseAnalyzer.getDefaultStopSet());
    out = new StopFilter(out, CHINESE_STOP_WORDS);
    out = new LowerCaseFilter(out);
    return new EnglishMinimalStemFilter(out);
  }

  /**
   * Nori's defaults (endings, particles, suffixes, symbols and other function morphemes), plus
   * auxiliary verbs and copulas, which carry no meaning a reader or a classifier can use.
   */
  static final Set<POS.Tag> KOREAN_STOP_TAGS = koreanStopTags();

  private static Set<POS.Tag> koreanStopTags() {
    Set<POS.Tag> stop = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    stop.addAll(EnumSet.of(POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN));
    return stop;
  }

  /** Policy compounds (지방분권 = 지방 + 분권, ...) so both a compound and its parts match. */
  private static final UserDictionary KOREAN_TERMS = koreanTerms();

  private static UserDictionary koreanTerms() {
    String name = "nori-policy-terms.txt";
    try (InputStream in = Chains.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the core jar");
      }
      return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Nori user dictionary " + name, e);
    }
  }

  /** Everything but common and proper nouns, foreign words and Hanja. */
  static final Set<POS.Tag> KOREAN_NOUN_STOP_TAGS = nounStopTags();

  private static Set<POS.Tag> nounStopTags() {
    Set<POS.Tag> stop = EnumSet.allOf(POS.Tag.class);
    stop.removeAll(EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH));
    return stop;
  }

  private static Analyzer korean(Set<POS.Tag> stopTags) {
    return new ChainAnalyzer(
        () ->
            new KoreanTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                KOREAN_TERMS,
                KoreanTokenizer.DecompoundMode.MIXED,
                false,
                true),
        in ->
            new StopFilter(
                new LowerCaseFilter(
                    new KoreanReadingFormFilter(new KoreanPartOfSpeechStopFilter(in, stopTags))),
                KOREAN_STOP_WORDS));
  }

  /** An analyzer made of one tokenizer and a function that adds the filters. */
  private static class ChainAnalyzer extends Analyzer {
    private final Supplier<Tokenizer> tokenizer;
    private final Function<TokenStream, TokenStream> filters;

    ChainAnalyzer(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters) {
      this.tokenizer = tokenizer;
      this.filters = filters;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      return new TokenStreamComponents(source, filters.apply(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
