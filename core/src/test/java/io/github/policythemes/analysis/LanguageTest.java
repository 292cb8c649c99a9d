package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void fromCode_acceptsIso6391And6393AndRegionSuffixes() {
    assertThat(Language.fromCode("en")).isEqualTo(Language.EN);
    assertThat(Language.fromCode("KOR")).isEqualTo(Language.KO);
    assertThat(Language.fromCode("zh-TW")).isEqualTo(Language.ZH);
    assertThat(Language.fromCode("ko_KR")).isEqualTo(Language.KO);
    assertThat(Language.fromCode("cmn")).isEqualTo(Language.ZH);
    assertThat(Language.fromCode("nob")).isEqualTo(Language.NO);
  }

  @Test
  void fromCode_unknownCode_namesTheCode() {
    assertThatThrownBy(() -> Language.fromCode("xx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xx'");
    assertThatThrownBy(() -> Language.fromCode(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void fromCodeOrOther_wellFormedUnknownCode_isOther() {
    assertThat(Language.fromCodeOrOther("vie")).isEqualTo(Language.OTHER);
    assertThat(Language.fromCodeOrOther("en")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.fromCodeOrOther("12"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void code_roundTripsForEveryLanguage() {
    for (Language language : Language.values()) {
      assertThat(Language.fromCode(language.code())).isEqualTo(language);
    }
  }

  @Test
  void isCjk_onlyForKoreanChineseJapanese() {
    assertThat(Language.KO.isCjk()).isTrue();
    assertThat(Language.ZH.isCjk()).isTrue();
    assertThat(Language.JA.isCjk()).isTrue();
    assertThat(Language.EN.isCjk()).isFalse();
  }
}
