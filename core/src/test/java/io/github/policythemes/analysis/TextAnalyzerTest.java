package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextAnalyzerTest {

  private static Token tok(String term, int start, int end) {
    return new Token(term, start, end);
  }

  private static List<String> terms(List<Token> tokens) {
    return tokens.stream().map(Token::term).toList();
  }

  @Test
  void tokens_englishSentence_stemsLowercasesAndDropsStopWordsAndPossessives() {
    String text = "The Interior Ministry's plan transfers 400 functions to provincial governments.";
    List<Token> tokens = TextAnalyzer.forLanguage(Language.EN).tokens(text);
    assertThat(tokens)
        .containsExactly(
            tok("interior", 4, 12),
            tok("ministry", 13, 23),
            tok("plan", 24, 28),
            tok("transfer", 29, 38),
            tok("400", 39, 42),
            tok("function", 43, 52),
            tok("provincial", 56, 66),
            tok("government", 67, 78));
    assertThat(tokens.get(1).surface(text)).isEqualTo("Ministry's");
    assertThat(tokens.get(7).surface(text)).isEqualTo("governments");
  }

  @Test
  void tokens_koreanSentence_keepsCompoundsAndPartsWithoutParticles() {
    String text = "행정안전부는 지방분권과 메가시티를 위한 특별법을 국회에 제출했다.";
    List<Token> tokens = TextAnalyzer.forLanguage(Language.KO).tokens(text);
    assertThat(tokens)
        .containsExactly(
            tok("행정", 0, 2),
            tok("안전", 2, 4),
            tok("부", 4, 5),
            tok("지방분권", 7, 11),
            tok("지방", 7, 9),
            tok("분권", 9, 11),
            tok("메가시티", 13, 17),
            tok("메가", 13, 15),
            tok("시티", 15, 17),
            tok("특별법", 22, 25),
            tok("특별", 22, 24),
            tok("법", 24, 25),
            tok("국회", 27, 29),
            tok("제출", 31, 33));
    // no particle (는, 과, 를, 을, 에) and no ending (했다) survives
    assertThat(terms(tokens)).doesNotContain("는", "과", "를", "을", "에", "했다", "했");
  }

  @Test
  void tokens_koreanCompound_emitsCompoundStackedOnItsParts() {
    List<Integer> increments = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    TextAnalyzer.forLanguage(Language.KO)
        .analyze(
            "지방소멸대응기금",
            Chain.WORDS,
            (buffer, length, start, end, increment) -> {
              terms.add(new String(buffer, 0, length));
              increments.add(increment);
            });
    assertThat(terms).containsExactly("지방소멸대응기금", "지방", "소멸", "대응", "기금");
    assertThat(increments).containsExactly(1, 0, 1, 1, 1);
  }

  @Test
  void tokens_koreanHanja_isReadAsHangul() {
    String text = "特別地方自治團體 설립";
    assertThat(terms(TextAnalyzer.forLanguage(Language.KO).tokens(text)))
        .containsExactly("특별", "지방", "자치", "단체", "설립");
  }

  @Test
  void tokens_koreanNouns_dropVerbs() {
    String text = "주민참여예산 확대를 요구하며 시민들이 모였다";
    assertThat(terms(TextAnalyzer.forLanguage(Language.KO).tokens(text, Chain.NOUNS)))
        .containsExactly("주민참여예산", "주민", "참여", "예산", "확대", "요구", "시민");
  }

  @Test
  void tokens_chineseSentence_segmentsWordsAndDropsPunctuation() {
    String text = "国务院支持地方政府推进财政体制改革。";
    assertThat(TextAnalyzer.forLanguage(Language.ZH).tokens(text))
        .containsExactly(
            tok("国务院", 0, 3),
            tok("支持", 3, 5),
            tok("地方", 5, 7),
            tok("政府", 7, 9),
            tok("推进", 9, 11),
            tok("财政", 11, 13),
            tok("体制", 13, 15),
            tok("改革", 15, 17));
  }

  @Test
  void tokens_bigramChain_koreanWordsBecomeOverlappingBigramsSplitAtMiddleDots() {
    String text = "대구·경북 행정통합을";
    assertThat(TextAnalyzer.forLanguage(Language.KO).tokens(text, Chain.BIGRAMS))
        .containsExactly(
            tok("대구", 0, 2),
            tok("경북", 3, 5),
            tok("행정", 6, 8),
            tok("정통", 7, 9),
            tok("통합", 8, 10),
            tok("합을", 9, 11));
  }

  @Test
  void tokens_bigramChain_chineseCharactersBecomeBigramsAndLatinWordsStayWhole() {
    String text = "推进GDP增长";
    assertThat(TextAnalyzer.forLanguage(Language.ZH).tokens(text, Chain.BIGRAMS))
        .containsExactly(tok("推进", 0, 2), tok("gdp", 2, 5), tok("增长", 5, 7));
  }

  @Test
  void tokens_germanText_usesGermanStemmerNotEnglish() {
    String text = "Die Kommunen fordern mehr Förderprogramme für ländliche Räume";
    TextAnalyzer auto = TextAnalyzer.autoDetect();
    assertThat(auto.languageOf(text)).isEqualTo(Language.DE);
    assertThat(terms(auto.tokens(text))).contains("kommun", "forderprogramm", "landlich", "raum");
  }

  @Test
  void analyze_autoDetect_returnsTheLanguageUsed() {
    Language used =
        TextAnalyzer.autoDetect().analyze("균형발전 정책", Chain.WORDS, (b, l, s, e, i) -> {});
    assertThat(used).isEqualTo(Language.KO);
  }

  @ParameterizedTest
  @EnumSource(Chain.class)
  void tokens_offsets_pointIntoTheOriginalText(Chain chain) {
    String text = "서울시의회는 12일 \"주민자치회\" 조례를 의결했다. 国务院发布通知。 The councils' votes.";
    for (Language language : new Language[] {Language.EN, Language.KO, Language.ZH}) {
      for (Token token : TextAnalyzer.forLanguage(language).tokens(text, chain)) {
        assertThat(token.end()).isLessThanOrEqualTo(text.length());
        assertThat(token.surface(text)).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Chain.class)
  void tokens_emptyOrBlankText_givesNoTokens(Chain chain) {
    for (Language language : Language.values()) {
      assertThat(TextAnalyzer.forLanguage(language).tokens("", chain)).isEmpty();
      assertThat(TextAnalyzer.forLanguage(language).tokens(" \n\t ", chain)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Chain.class)
  void tokens_randomUnicode_neverThrows(Chain chain) {
    Random random = new Random(20261128L);
    for (int round = 0; round < 40; round++) {
      String text = RandomText.unicode(random, 1 + random.nextInt(400));
      for (Language language : Language.values()) {
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
        assertThatNoException()
            .as("%s/%s on %s", language, chain, RandomText.escape(text))
            .isThrownBy(() -> analyzer.tokens(text, chain));
      }
      assertThatNoException().isThrownBy(() -> TextAnalyzer.autoDetect().tokens(text, chain));
    }
  }

  @Test
  void tokens_hostileInput_neverThrows() {
    String[] texts = {
      "\u0000\u0000abc\u0000",
      "\uD800 lone high, lone low \uDC00 end",
      "control \u0001\u0002\u001b[31m chars",
      "x".repeat(100_000),
      "지".repeat(20_000),
      "国".repeat(20_000),
      "mixed 한국어 中文 日本語の text ١٢٣ Ελληνικά",
    };
    for (String text : texts) {
      for (Language language : new Language[] {Language.EN, Language.KO, Language.ZH}) {
        for (Chain chain : Chain.values()) {
          assertThatNoException()
              .isThrownBy(() -> TextAnalyzer.forLanguage(language).tokens(text, chain));
        }
      }
    }
  }

  @Test
  void analyze_tenMegabytes_streamsInBoundedMemory() {
    String paragraph =
        "The provincial council approved a fiscal decentralization plan on Tuesday. "
            + "지방의회는 재정분권 계획을 승인했다. ";
    String text = paragraph.repeat(10_000_000 / paragraph.length());
    long[] count = new long[1];
    TextAnalyzer.forLanguage(Language.EN).analyze(text, Chain.WORDS, (b, l, s, e, i) -> count[0]++);
    TextAnalyzer.forLanguage(Language.KO)
        .analyze(text, Chain.BIGRAMS, (b, l, s, e, i) -> count[0]++);
    assertThat(count[0]).isGreaterThan(2_000_000);
  }
}
