package io.github.policythemes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.TestModels;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.keywords.YakeKeywordExtractor;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.topics.LdaTrainer;
import io.github.policythemes.topics.TopicCorpus;
import io.github.policythemes.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random Unicode through every public entry point that takes text (tokenize, classify, detect,
 * topics, keywords), in the manner of Lucene's {@code checkRandomData}: unpaired and
 * supplementary-plane surrogates, control characters, NUL, empty text, and one 10 MB text per entry
 * point. Nothing may throw. The seed is fixed ({@code -Dtests.seed=N} picks another, {@code
 * -Dtests.fuzz.inputs=N} more inputs); a failure names the seed and the input, so that {@code
 * -Dtests.seed} with {@link #input(long, int)} reproduces it alone.
 */
class PublicApiFuzzTest {
  /** Inputs per entry point; at least 10,000 in every verify run. */
  static final int INPUTS = Integer.getInteger("tests.fuzz.inputs", 10_000);

  static final long SEED = Long.getLong("tests.seed", 0x13_5EEDL);

  static final int HUGE = 10 << 20;

  private static final String PUNCTUATION = " \n\t\r.,!?。·\"'…-/()[]{}<>#@&%$€₩";

  private static TopicModel topics;

  @BeforeAll
  static void trainTopics() {
    List<Article> articles = new ArrayList<>();
    String[][] groups = {
      {"tax", "budget", "revenue", "grant"},
      {"council", "vote", "residents", "meeting"},
      {"merger", "metropolitan", "integration", "region"},
      {"rail", "transport", "station", "line"},
      {"지방재정", "지방분권", "주민참여", "균형발전"}
    };
    Random random = new Random(SEED);
    for (int d = 0; d < 60; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        String[] group = groups[(d + (w & 1)) % groups.length];
        text.append(group[random.nextInt(group.length)]).append(' ');
      }
      articles.add(Article.of("d" + d, text.toString()));
    }
    TopicCorpus corpus = TopicCorpus.builder().build(articles);
    topics = LdaTrainer.builder().topics(4).iterations(30).seed(1).build().train(corpus).model();
  }

  @Test
  void tokenize_randomText_neverThrows() {
    TextAnalyzer analyzer = TextAnalyzer.autoDetect();
    Chain[] chains = Chain.values();
    fuzz(
        "tokenize",
        text -> {
          Chain chain = chains[Math.floorMod(text.hashCode(), chains.length)];
          assertThat(analyzer.tokens(text, text.length() > 100_000 ? Chain.BIGRAMS : chain))
              .isNotNull();
        });
  }

  @Test
  void detect_randomText_neverThrows() {
    LanguageDetector detector = LanguageDetector.standard();
    fuzz("detect", text -> assertThat(detector.detect(text)).isNotNull());
  }

  @Test
  void classify_randomText_neverThrows() {
    ThemeClassifier keywords = ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance"));
    ThemeClassifier linear = TestModels.tiny(LinearThemeClassifier.Output.SIGMOID);
    fuzz(
        "classify",
        text -> {
          ThemeClassifier classifier = (text.length() & 1) == 0 ? keywords : linear;
          Classification result = classifier.classify(Article.of("fuzz", text));
          assertThat(result.scores()).hasSize(classifier.taxonomy().themes().size());
          if (text.length() < 2000 && text.hashCode() % 16 == 0) {
            assertThat(classifier.explain(Article.of("fuzz", text))).isNotNull();
          }
        });
  }

  @Test
  void topics_randomText_neverThrows() {
    fuzz("topics", text -> assertThat(topics.infer(Article.of("fuzz", text)).size()).isEqualTo(4));
  }

  @Test
  void keywords_randomText_neverThrows() {
    YakeKeywordExtractor yake = YakeKeywordExtractor.builder().build();
    fuzz("keywords", text -> assertThat(yake.extract(Article.of("fuzz", text))).isNotNull());
  }

  /** Runs {@value #INPUTS} inputs (or more) through one entry point, naming the failing one. */
  private static void fuzz(String entryPoint, Consumer<String> call) {
    for (int i = -2; i < INPUTS; i++) {
      String text = input(SEED, i);
      try {
        call.accept(text);
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        throw new AssertionError(
            entryPoint
                + " failed on input "
                + i
                + " of seed "
                + SEED
                + " (rerun: -Dtests.seed="
                + SEED
                + "; "
                + text.length()
                + " chars: "
                + escape(shown)
                + ")",
            e);
      }
    }
  }

  /**
   * The i-th input of a seed: -2 is empty, -1 is 10 MB, others up to 1,500 chars (mostly under 48).
   */
  static String input(long seed, int i) {
    if (i == -2) {
      return "";
    }
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + i);
    if (i == -1) {
      return unicode(random, HUGE, true);
    }
    int length = random.nextInt(25) == 0 ? random.nextInt(1500) : random.nextInt(48);
    return unicode(random, length, false);
  }

  /** Random UTF-16; a huge text is mostly Latin words, so that it is not Nori that is timed. */
  static String unicode(Random random, int length, boolean mostlyLatin) {
    StringBuilder text = new StringBuilder(length + 2);
    while (text.length() < length) {
      int kind = random.nextInt(mostlyLatin ? 40 : 11);
      switch (kind) {
        case 0 -> text.append((char) random.nextInt(0x10000)); // lone surrogates too
        case 1 -> text.appendCodePoint(0xAC00 + random.nextInt(11172)); // Hangul
        case 2 -> text.appendCodePoint(0x4E00 + random.nextInt(20992)); // Han
        case 3 -> text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        case 4 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // supplementary
        case 5 -> text.append((char) random.nextInt(32)); // control chars, NUL
        case 6 -> text.append(random.nextBoolean() ? '\uD800' : '\uDFFF'); // unpaired
        case 7 -> text.appendCodePoint(0x0400 + random.nextInt(256)); // Cyrillic
        case 8 -> text.appendCodePoint(0x3040 + random.nextInt(96)); // kana
        case 9 -> text.appendCodePoint(0x0300 + random.nextInt(112)); // combining marks
        default -> {
          for (int n = 1 + random.nextInt(9); n > 0; n--) {
            text.append((char) ('a' + random.nextInt(26)));
          }
          text.append(' ');
        }
      }
    }
    text.setLength(length);
    return text.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }
}
