package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class PlainTextTokenizerTest {
  /** Every char the tokenizer knows a class for, and some it leaves to Lucene. */
  private static final String CHARS =
      "aZé Ÿ01_:.',;\u2018\u2019\uFF0E\uFF0C\uFF1A\uFF1B\u00A0\n\t-\u2013\u2014\u201C\u201D\u2026\u00B7"
          + "\u2027\u2022\u318D\u30FB%$!?()[]\"/&+=<>@~^`{}|\\ªµºß\u00D7\u00F7\u017F\u0131"
          + "\u2191\u2192\u2193\u2103\u223C\u25A1\u25B2\u25B3\u25CB\u339C\u339D\u339E\u33A1\u25B6\u2194"
          + "지방분권地方自治\u3400\u9FD5\u3001\u3002\u3000《》「」（）！？～₩€£¥°±«»¿¡§¢";

  /** Pieces of real text and the cases of UAX #29's rules. */
  private static final String[] PIECES = {
    "U.S.", "3.5%", "1,000", "can't", "don’t", "a:b", "1:2", "1.a", "a.1", "__", "_a_", "a__b",
    "2025년", "한국_", "_한국", "지방분권", "地方", "KTX타고", "e.g.", "10;20", "x'y'z", "3'4", "a..b", "1,,2",
    "Ｓ：Ｔ", "１，０００", "地a", "a地", "Q&A", "co-op", "\r\n", "  ", "é.é"
  };

  @Test
  void tokenize_givesStandardTokenizersTokens_onExamples() throws IOException {
    for (String text :
        List.of(
            "The city's new councils",
            "U.S. GDP grew 3.5% in 2025, to $1,000.50; don’t panic",
            "지방분권 특별법 2025년 KTX타고 대구·경북",
            "中国经济，增长５％。《人民日报》",
            "a:b 1:2 1.a a.1 __ _a_ a__b __ab x_",
            "")) {
      for (boolean dots : new boolean[] {false, true}) {
        if (PlainTextTokenizer.handles(text, dots)) {
          assertThat(plain(text, dots)).as(text).isEqualTo(lucene(text, dots));
        }
      }
    }
    assertThat(PlainTextTokenizer.handles("대구·경북", true)).isTrue();
    assertThat(PlainTextTokenizer.handles("대구·경북", false)).isFalse();
    assertThat(PlainTextTokenizer.handles("😀", true)).isFalse();
    assertThat(PlainTextTokenizer.handles("a".repeat(256), true)).isFalse();
    assertThat(PlainTextTokenizer.handles("a".repeat(255), true)).isTrue();
  }

  @Test
  void tokenize_givesStandardTokenizersTokens_onRandomText() throws IOException {
    Random random = new Random(17L);
    int handled = 0;
    for (int n = 0; n < 10_000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(n % 100 == 0 ? 120 : 16);
      for (int i = 0; i < count; i++) {
        switch (random.nextInt(n % 2 == 0 ? 4 : 12)) {
          case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
          case 1 -> text.append(RandomText.unicode(random, 1));
          default -> text.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
      }
      String input = text.toString();
      for (boolean dots : new boolean[] {false, true}) {
        if (PlainTextTokenizer.handles(input, dots)) {
          handled++;
          assertThat(plain(input, dots))
              .as(RandomText.escape(input) + " dots " + dots)
              .isEqualTo(lucene(input, dots));
        }
      }
      assertSameChains(input);
    }
    assertThat(handled).isGreaterThan(5_000);
  }

  @Test
  void tokenize_givesStandardTokenizersTokens_onLongWords() throws IOException {
    String text = "a".repeat(255) + " " + "b1".repeat(100) + " 地" + "지".repeat(255);
    assertThat(PlainTextTokenizer.handles(text, true)).isTrue();
    assertThat(plain(text, true)).isEqualTo(lucene(text, true));
  }

  /** Every seed article and, when present, the shared data sets: the texts the fast path sees. */
  @Test
  void tokenize_givesStandardTokenizersTokens_onTheCorpora() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds", "corpus"))) {
      seeds.filter(path -> path.toString().endsWith(".jsonl")).sorted().forEach(files::add);
    }
    for (String name : List.of("bbc.jsonl", "ynat.jsonl", "themes-dev.jsonl")) {
      Path shared = Path.of("..", "..", "shared", "data", name);
      if (Files.exists(shared)) {
        files.add(shared);
      }
    }
    ObjectMapper json = new ObjectMapper();
    int texts = 0;
    int handled = 0;
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      // the seeds whole, the first 2,000 records of each shared data set
      for (String line : lines.subList(0, Math.min(lines.size(), 2000))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        String text = record.path("title").asText("") + "\n" + record.path("text").asText("");
        texts++;
        for (boolean dots : new boolean[] {false, true}) {
          if (PlainTextTokenizer.handles(text, dots)) {
            handled++;
            assertThat(plain(text, dots)).as(file + ": " + text).isEqualTo(lucene(text, dots));
          }
        }
        assertSameChains(text);
      }
    }
    assertThat(handled).isGreaterThan(texts);
  }

  /** The chains that use this tokenizer give the terms of their Lucene chains. */
  private static void assertSameChains(String text) throws IOException {
    for (Language language : List.of(Language.EN, Language.KO)) {
      Chain chain = language == Language.EN ? Chain.WORDS : Chain.BIGRAMS;
      List<String> fast = new ArrayList<>();
      TextAnalyzer.run(
          text,
          language,
          chain,
          (buffer, length, start, end, increment) ->
              fast.add(new String(buffer, 0, length) + "@" + start + "-" + end + "+" + increment));
      assertThat(fast)
          .as(language + " " + RandomText.escape(text))
          .isEqualTo(
              TokenStreams.describe(Chains.get(language, chain).tokenStream("", text), false));
    }
  }

  private static List<String> plain(String text, boolean dots) {
    List<String> out = new ArrayList<>();
    new PlainTextTokenizer()
        .tokenize(
            text,
            dots,
            (buffer, length, start, end, type) ->
                out.add(
                    new String(buffer, 0, length)
                        + "@"
                        + start
                        + "-"
                        + end
                        + "+1"
                        + StandardTokenizer.TOKEN_TYPES[type]));
    return out;
  }

  private static List<String> lucene(String text, boolean dots) throws IOException {
    List<String> out = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      Reader reader = new StringReader(text);
      tokenizer.setReader(dots ? new MiddleDotCharFilter(reader) : reader);
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position =
          tokenizer.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + position.getPositionIncrement()
                + type.type());
      }
      tokenizer.end();
    }
    return out;
  }
}
