package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Seoul and Busan agree to share the cost of a wide-area rail link",
        "en | Gyeongbuk merger bill passes",
        "en | KRILA, OECD hold joint seminar",
        "en | Seoul unveils metropolitan transit plan",
        "en | Cold snap bursts water meters across Seoul; districts deploy repair crews overnight",
        "es | Municipios de Galicia aprueban presupuestos participativos para barrios",
        "it | Il comune di Bologna approva il bilancio partecipativo per i quartieri della città",
        "ko | 대구·경북 행정통합 특별법 발의…2026년 출범 목표",
        "ko | 政府는 地方分權 强化를 위해 特別法을 추진한다",
        "ko | 행안부, OECD·KRILA와 MOU 체결…AI 행정 협력",
        "zh | 国务院印发关于推动都市圈高质量发展的指导意见",
        "zh | 財政部公布地方政府債務管理辦法",
        "ja | 政府は地方創生の新たな交付金を創設する方針を固めた",
        "de | Die Bundesregierung beschließt neue Förderprogramme für ländliche Räume und Kommunen",
        "fr | Le gouvernement annonce une réforme de la décentralisation",
        "es | El gobierno regional aprobó el presupuesto",
        "da | Regeringen vil styrke kommunernes økonomi og det lokale selvstyre i hele Danmark",
        "ru | Правительство одобрило программу развития малых городов",
      })
  void detect_recognisesTheLanguage(String code, String text) {
    Language expected = Language.fromCode(code);
    Language detected = detector.detect(text);
    if (expected == Language.DA) {
      // Danish and Norwegian Bokmål are too close for the model on one sentence; either keeps
      // the text away from an English stemmer.
      assertThat(detected).isIn(Language.DA, Language.NO);
    } else {
      assertThat(detected).isEqualTo(expected);
    }
  }

  @Test
  void detect_textWithoutLetters_isEnglish() {
    assertThat(detector.detect("")).isEqualTo(Language.EN);
    assertThat(detector.detect("2025-03-14 12:00 +3.5%")).isEqualTo(Language.EN);
  }

  @Test
  void detect_onlyReadsTheStartOfHugeText() {
    String text = "지방자치 ".repeat(2000) + "the ".repeat(1_000_000);
    assertThat(detector.detect(text)).isEqualTo(Language.KO);
  }

  @Test
  void detect_randomUnicode_neverThrows() {
    Random random = new Random(7L);
    for (int i = 0; i < 200; i++) {
      assertThat(detector.detect(RandomText.unicode(random, 1 + random.nextInt(300)))).isNotNull();
    }
  }

  @Test
  void detect_latinOrCyrillicEndingInTwoSupplementaryCharacters_doesNotThrow() {
    // OpenNLP's normaliser threw StringIndexOutOfBoundsException for these (issue 13, row 5)
    String two = "\uDBFF\uDC01\uDBFF\uDC01";
    for (String text :
        List.of(
            "Hello world " + two,
            "Bonjour le monde, la ville " + two,
            "Привет мир " + two,
            "Hello " + "\uD83D\uDE00".repeat(3),
            "Hola " + "\uDBFF",
            "\uDC01 abc " + two)) {
      assertThat(detector.detect(text)).as(RandomText.escape(text)).isNotNull();
    }
  }
}
