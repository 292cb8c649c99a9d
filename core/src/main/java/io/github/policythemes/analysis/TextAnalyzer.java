package io.github.policythemes.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into terms with the analysis chain of one language, or of the language detected per
 * document.
 *
 * <p>English: {@code StandardTokenizer}, possessive removal, lower case, stop words, and a light
 * (plural) stemmer; a term's offsets give back the surface word for display. Korean: Nori in mixed
 * decompound mode (so both a compound and its parts can match), part-of-speech stop tags that drop
 * particles and endings, Hanja read as Hangul. Chinese: SmartCN words without function words. Other
 * languages use Lucene's analyzer for the language, or plain tokenization and lower-casing for
 * {@link Language#OTHER}. Every language also has the fast {@link Chain#BIGRAMS} chain.
 *
 * <p>Instances are immutable and thread-safe: one serves every thread. The Lucene analyzers behind
 * them are built once per language and chain, on first use.
 *
 * <pre>{@code
 * TextAnalyzer korean = TextAnalyzer.forLanguage(Language.KO);
 * List<Token> tokens = korean.tokens("지방분권과 메가시티가 화두로 떠올랐다");
 * // 지방, 분권, 메가, 시티, 화두, 떠오르 ... (no particles)
 *
 * TextAnalyzer auto = TextAnalyzer.autoDetect();
 * auto.analyze(text, Chain.WORDS, (buf, len, start, end, inc) -> counts.add(buf, 0, len));
 * }</pre>
 */
public final class TextAnalyzer {
  private static final Map<Language, TextAnalyzer> FIXED = new EnumMap<>(Language.class);
  private static final TextAnalyzer AUTO = new TextAnalyzer(null);

  static {
    for (Language language : Language.values()) {
      FIXED.put(language, new TextAnalyzer(language));
    }
  }

  private final Language language;

  private TextAnalyzer(Language language) {
    this.language = language;
  }

  /**
   * Returns the analyzer for one language, whatever the text looks like.
   *
   * @param language the language
   * @return the shared analyzer for the language
   * @throws NullPointerException if language is null
   */
  public static TextAnalyzer forLanguage(Language language) {
    return FIXED.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the analyzer that detects the language of each text with {@link LanguageDetector}.
   *
   * @return the shared auto-detecting analyzer
   */
  public static TextAnalyzer autoDetect() {
    return AUTO;
  }

  /**
   * Tells which language this analyzer uses for a text: its fixed language, or the detected one.
   *
   * @param text the text
   * @return the language
   */
  public Language languageOf(CharSequence text) {
    return language != null ? language : LanguageDetector.standard().detect(text);
  }

  /**
   * Hands every term of the text to a consumer, without making a {@code String} per term.
   *
   * @param text the text; empty text gives no terms
   * @param chain the analysis chain
   * @param consumer receives each term
   * @return the language used
   * @throws NullPointerException if an argument is null
   */
  public Language analyze(String text, Chain chain, TermConsumer consumer) {
    Language used = languageOf(text);
    run(text, used, chain, consumer);
    return used;
  }

  /**
   * Returns the readable terms ({@link Chain#WORDS}) of a text with their offsets.
   *
   * @param text the text
   * @return the tokens in text order
   */
  public List<Token> tokens(String text) {
    return tokens(text, Chain.WORDS);
  }

  /**
   * Returns the terms of a text for a chain, with their offsets.
   *
   * @param text the text
   * @param chain the analysis chain
   * @return the tokens in text order
   */
  public List<Token> tokens(String text, Chain chain) {
    List<Token> tokens = new ArrayList<>();
    analyze(
        text,
        chain,
        (buffer, length, start, end, increment) ->
            tokens.add(new Token(new String(buffer, 0, length), start, end)));
    return tokens;
  }

  /**
   * Returns the Lucene analyzer behind one chain of this analyzer's language, for indexing and
   * querying with Lucene directly (the same terms as {@link #analyze}). It is shared and cached:
   * use it from any thread, never close it.
   *
   * @param chain the analysis chain
   * @return the shared Lucene analyzer
   * @throws IllegalStateException if this analyzer detects the language per text ({@link
   *     #autoDetect()}): a Lucene analyzer has one language
   */
  public org.apache.lucene.analysis.Analyzer luceneAnalyzer(Chain chain) {
    Objects.requireNonNull(chain, "chain");
    if (language == null) {
      throw new IllegalStateException("the auto-detecting analyzer has no single Lucene analyzer");
    }
    return Chains.get(language, chain);
  }

  static void run(String text, Language language, Chain chain, TermConsumer consumer) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(consumer, "consumer");
    if (text.isEmpty()) {
      return;
    }
    if (chain == Chain.BIGRAMS && CjkBigrams.handles(text)) {
      runBigrams(text, consumer);
      return;
    }
    if (chain == Chain.WORDS
        && language == Language.EN
        && PlainTextTokenizer.handles(text, false)) {
      runEnglishWords(text, consumer);
      return;
    }
    try (TokenStream stream = Chains.get(language, chain).tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        consumer.term(
            term.buffer(),
            term.length(),
            offset.startOffset(),
            offset.endOffset(),
            position.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      // Reading from a String cannot fail.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The per-thread state of the fast chains; a consumer that analyses text itself (a nested call)
   * gets fresh state.
   */
  private static final class Scratch implements PlainTextTokenizer.Sink {
    final CjkBigrams bigrams = new CjkBigrams();
    final PlainTextTokenizer tokenizer = new PlainTextTokenizer();
    TermConsumer english; // null: the tokens go to the bigrams
    int skippedPositions;

    @Override
    public void token(char[] buffer, int length, int start, int end, int type) {
      if (english == null) {
        bigrams.token(buffer, length, start, end, 1, StandardTokenizer.TOKEN_TYPES[type]);
        return;
      }
      int kept = EnglishWordsFilter.normalize(buffer, length, Chains.ENGLISH_STOP_WORDS);
      if (kept < 0) {
        skippedPositions++;
        return;
      }
      int increment = 1 + skippedPositions;
      skippedPositions = 0;
      english.term(buffer, EnglishWordsFilter.stem(buffer, kept), start, end, increment);
    }
  }

  private static final ThreadLocal<Scratch[]> SCRATCH =
      ThreadLocal.withInitial(() -> new Scratch[1]);

  private static Scratch take(Scratch[] holder) {
    Scratch scratch = holder[0] != null ? holder[0] : new Scratch();
    holder[0] = null; // taken: a nested call makes its own
    return scratch;
  }

  /**
   * The bigram chain as tokenizer and {@link CjkBigrams}: the same terms as the Lucene chain. Text
   * that {@link PlainTextTokenizer} handles skips Lucene's tokenizer too.
   */
  private static void runBigrams(String text, TermConsumer consumer) {
    Scratch[] holder = SCRATCH.get();
    Scratch scratch = take(holder);
    CjkBigrams bigrams = scratch.bigrams;
    try {
      bigrams.start(consumer);
      if (PlainTextTokenizer.handles(text, true)) {
        scratch.english = null;
        scratch.tokenizer.tokenize(text, true, scratch);
      } else {
        luceneBigrams(text, bigrams);
      }
      bigrams.finish();
    } finally {
      holder[0] = scratch;
    }
  }

  private static void luceneBigrams(String text, CjkBigrams bigrams) {
    try (TokenStream stream = Chains.bigramTokens().tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        bigrams.token(
            term.buffer(),
            term.length(),
            offset.startOffset(),
            offset.endOffset(),
            position.getPositionIncrement(),
            type.type());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The English words chain on text that {@link PlainTextTokenizer} handles: its tokens through
   * {@link EnglishWordsFilter}'s steps, the same terms as the Lucene chain.
   */
  private static void runEnglishWords(String text, TermConsumer consumer) {
    Scratch[] holder = SCRATCH.get();
    Scratch scratch = take(holder);
    scratch.english = consumer;
    scratch.skippedPositions = 0;
    try {
      scratch.tokenizer.tokenize(text, false, scratch);
    } finally {
      scratch.english = null;
      holder[0] = scratch;
    }
  }

  @Override
  public String toString() {
    return "TextAnalyzer[" + (language == null ? "auto" : language.code()) + "]";
  }
}
