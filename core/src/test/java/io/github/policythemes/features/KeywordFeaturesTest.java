package io.github.policythemes.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordFeaturesTest {
  private static final Taxonomy TAXONOMY = Taxonomy.builtIn("regional-governance");
  private static final FeatureSettings SETTINGS =
      FeatureSettings.defaults().withMinDf(1).withKeywordScale(0.5);

  private static FeatureExtractor extractor() {
    VocabularyBuilder builder = new VocabularyBuilder(SETTINGS);
    builder.add("the city budget", Language.EN);
    builder.add("도시 예산", Language.KO);
    return new FeatureExtractor(SETTINGS, builder.build(), TAXONOMY);
  }

  /** The keyword features of a text, by theme id. */
  private static Map<String, Float> keywordFeatures(String text, Language language) {
    FeatureExtractor extractor = extractor();
    FeatureBuffer buffer = extractor.newBuffer();
    extractor.extract(text, language, buffer, false);
    Map<String, Float> result = new HashMap<>();
    for (int i = 0; i < buffer.size(); i++) {
      int feature = buffer.index(i);
      if (extractor.isKeywordFeature(feature)) {
        String name = extractor.describe(feature, TAXONOMY);
        result.put(name.substring("[keywords] ".length()), buffer.value(i));
      }
    }
    return result;
  }

  @Test
  void extract_englishPhrase_givesTheThemeItsSaturatedEvidenceOutsideTheNorm() {
    // "local autonomy" (1.0) and "decentralization" (1.0) are decentralization keywords
    Map<String, Float> features =
        keywordFeatures(
            "Thirty years of local autonomy and decentralization were marked.", Language.EN);
    assertThat(features).containsKey("decentralization");
    assertThat(features.get("decentralization"))
        .isCloseTo((float) (0.5 * (1 - Math.exp(-2.0))), within(1e-5f));
  }

  @Test
  void extract_wordsOutOfOrderOrApart_doNotMatch() {
    assertThat(keywordFeatures("autonomy of the local club", Language.EN))
        .doesNotContainKey("decentralization");
  }

  @Test
  void extract_koreanCompoundInsideALongerWord_matchesOnCharacterBigrams() {
    Map<String, Float> features = keywordFeatures("정부가 지방소멸대응기금을 내년에 더 배분한다", Language.KO);
    assertThat(features).containsKey("lagging-regions");
    assertThat(keywordFeatures("주말 날씨 맑음", Language.KO)).isEmpty();
  }

  @Test
  void extractor_countsOneFeaturePerThemeAfterTheVocabulary() {
    FeatureExtractor extractor = extractor();
    assertThat(extractor.featureCount()).isEqualTo(extractor.vocabulary().size() + 10);
    assertThat(extractor.describe(extractor.vocabulary().size() + 1, TAXONOMY))
        .isEqualTo("[keywords] local-finance");
    assertThatThrownBy(() -> new FeatureExtractor(SETTINGS, extractor.vocabulary()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taxonomy");
  }

  @Test
  void extract_withOffsets_recordsWhereEachKeywordOccurred() {
    FeatureExtractor extractor = extractor();
    FeatureBuffer buffer = extractor.newBuffer();
    String text = "A plan for balanced regional development.";
    extractor.extract(text, Language.EN, buffer, true);
    boolean found = false;
    for (int i = 0; i < buffer.occurrences(); i++) {
      if (extractor.isKeywordFeature(buffer.occurrenceFeature(i))) {
        String span = text.substring(buffer.occurrenceStart(i), buffer.occurrenceEnd(i));
        assertThat(span).isIn("balanced regional development", "regional development");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void extract_randomText_neverThrowsAndReusesTheBuffer() {
    FeatureExtractor extractor = extractor();
    FeatureBuffer buffer = extractor.newBuffer();
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(200); c > 0; c--) {
        text.append(
            (char) (random.nextBoolean() ? 0xAC00 + random.nextInt(60) : 'a' + random.nextInt(26)));
        if (random.nextInt(5) == 0) {
          text.append(' ');
        }
      }
      Language language = random.nextBoolean() ? Language.KO : Language.EN;
      extractor.extract(text.toString(), language, buffer, random.nextBoolean());
      for (int j = 0; j < buffer.size(); j++) {
        assertThat(buffer.value(j)).isBetween(0f, 1f);
      }
    }
  }
}
