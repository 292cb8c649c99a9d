package io.github.policythemes.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private static final FeatureSettings SETTINGS = FeatureSettings.defaults().withMinDf(1);

  private static Map<String, Float> features(
      FeatureExtractor extractor, String text, Language language) {
    FeatureBuffer buffer = extractor.newBuffer();
    extractor.extract(text, language, buffer, false);
    Map<String, Float> features = new HashMap<>();
    for (int i = 0; i < buffer.size(); i++) {
      features.put(extractor.vocabulary().term(buffer.index(i)), buffer.value(i));
    }
    return features;
  }

  private static FeatureExtractor trainedOn(Language language, String... documents) {
    VocabularyBuilder builder = new VocabularyBuilder(SETTINGS);
    for (String document : documents) {
      builder.add(document, language);
    }
    return new FeatureExtractor(SETTINGS, builder.build());
  }

  @Test
  void extract_english_givesUnigramsAndBigramsWithSublinearTfIdfNormalised() {
    FeatureExtractor extractor =
        trainedOn(Language.EN, "local tax reform", "local tax cuts and tax rises", "city budget");
    Map<String, Float> features = features(extractor, "Local tax, local tax, city.", Language.EN);
    // "tax local" occurs in the text but never in training, so it is no feature
    assertThat(features).containsOnlyKeys("local", "tax", "local tax", "city");
    double sum = 0;
    for (float value : features.values()) {
      sum += value * value;
    }
    assertThat(sum).isCloseTo(1, within(1e-5));
    double idfShared = Math.log(4.0 / 3.0) + 1;
    double idfCity = Math.log(4.0 / 2.0) + 1;
    assertThat(features.get("local") / features.get("city"))
        .isCloseTo((float) ((1 + Math.log(2)) * idfShared / idfCity), within(1e-4f));
  }

  @Test
  void extract_unknownWords_areIgnored() {
    FeatureExtractor extractor = trainedOn(Language.EN, "local tax");
    assertThat(features(extractor, "entirely different words", Language.EN)).isEmpty();
  }

  @Test
  void extract_korean_givesCharacterGramsWithinWordBoundaries() {
    FeatureExtractor extractor = trainedOn(Language.KO, "지방세 인상 50%");
    Map<String, Float> features = features(extractor, "지방세 인상 50%", Language.KO);
    assertThat(features.keySet())
        .contains(
            "지방", "방세", // char bigrams
            "지", "방", "인", // char unigrams (first char of each bigram)
            "지방 방세", // char trigram as a pair of overlapping bigrams
            "^ 지방", "^ 지", "방세 $", "세 $", // word boundaries
            "%") // symbols
        .doesNotContain("방세 인상"); // no pair across a word boundary
  }

  @Test
  void extract_reusedBuffer_givesTheSameFeaturesAsAFreshOne() {
    FeatureExtractor extractor = trainedOn(Language.EN, "a b c d e f", "tax local city");
    FeatureBuffer buffer = extractor.newBuffer();
    extractor.extract("tax city local tax b c d", Language.EN, buffer, false);
    extractor.extract("city local", Language.EN, buffer, false);
    Map<String, Float> reused = new HashMap<>();
    for (int i = 0; i < buffer.size(); i++) {
      reused.put(extractor.vocabulary().term(buffer.index(i)), buffer.value(i));
    }
    assertThat(reused).isEqualTo(features(extractor, "city local", Language.EN));
  }

  @Test
  void extract_withOffsets_recordsWhereEachFeatureOccurs() {
    FeatureExtractor extractor = trainedOn(Language.EN, "local tax");
    String text = "The local taxes";
    FeatureBuffer buffer = extractor.newBuffer();
    extractor.extract(text, Language.EN, buffer, true);
    assertThat(buffer.occurrences()).isEqualTo(1); // "local"; "taxes" stems to "taxe"
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < buffer.occurrences(); i++) {
      seen.put(
          extractor.vocabulary().term(buffer.occurrenceFeature(i)),
          text.substring(buffer.occurrenceStart(i), buffer.occurrenceEnd(i)));
    }
    assertThat(seen).containsEntry("local", "local");
  }

  @Test
  void extract_bufferOfAnotherVocabulary_isRejected() {
    FeatureExtractor small = trainedOn(Language.EN, "a");
    FeatureExtractor large = trainedOn(Language.EN, "local tax city budget");
    assertThatThrownBy(() -> large.extract("x", Language.EN, small.newBuffer(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buffer was made for");
  }

  @Test
  void vocabulary_minDfAndOrder_areDeterministic() {
    FeatureSettings settings = FeatureSettings.defaults();
    VocabularyBuilder builder = new VocabularyBuilder(settings);
    builder.add("tax city", Language.EN);
    builder.add("city tax budget", Language.EN);
    builder.add("city", Language.EN);
    Vocabulary vocabulary = builder.build();
    // minDf 2: city (3 documents), then tax (2); budget and the bigrams appear once
    assertThat(vocabulary.size()).isEqualTo(2);
    assertThat(vocabulary.term(0)).isEqualTo("city");
    assertThat(vocabulary.term(1)).isEqualTo("tax");
    assertThat(vocabulary.idf(0)).isCloseTo((float) (Math.log(4.0 / 4.0) + 1), within(1e-6f));
    assertThat(vocabulary.indexOf("budget")).isEqualTo(-1);
  }

  @Test
  void vocabulary_bytesRoundTrip() throws IOException {
    Vocabulary vocabulary =
        Vocabulary.of(List.of("tax", "local tax", "지방"), new float[] {1.5f, 2f, 3f});
    Vocabulary copy = Vocabulary.read(vocabulary.toBytes());
    assertThat(copy.size()).isEqualTo(3);
    assertThat(copy.indexOf("local", "tax")).isEqualTo(1);
    assertThat(copy.indexOf("지방")).isEqualTo(2);
    assertThat(copy.idf(1)).isEqualTo(2f);
  }

  @Test
  void vocabulary_read_rejectsGarbage() {
    assertThatThrownBy(() -> Vocabulary.read(new byte[] {0, 0, 0, 9, 1}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("vocabulary format 9");
  }

  @Test
  void settings_validateAndPickChainsPerLanguage() {
    FeatureSettings defaults = FeatureSettings.defaults();
    assertThat(defaults.chainFor(Language.KO)).isEqualTo(Chain.BIGRAMS);
    assertThat(defaults.chainFor(Language.EN)).isEqualTo(Chain.WORDS);
    assertThat(defaults.chainFor(Language.DE)).isEqualTo(Chain.WORDS);
    assertThatThrownBy(() -> defaults.withNgrams(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ngrams must be 1 or 2");
    assertThatThrownBy(() -> defaults.withMinDf(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The entries, their order and their values are those of a vocabulary lookup per feature
   * occurrence (the way extraction worked before keys were counted per document first), and the
   * recorded occurrences are those it found, on seeded random text in the three languages.
   */
  @Test
  void extract_givesTheFeaturesOfALookupPerOccurrence_onRandomText() {
    Random random = new Random(5L);
    String[] words = {
      "지방",
      "분권",
      "지방분권",
      "재정",
      "地方",
      "自治",
      "财政",
      "local",
      "tax",
      "reform",
      "city",
      "budget",
      "councils",
      "the",
      "of",
      "%",
      "?",
      "₩",
      "2025년",
      "U.S.",
      " ",
      ". ",
      "\n"
    };
    for (Language language : List.of(Language.KO, Language.ZH, Language.EN)) {
      VocabularyBuilder builder = new VocabularyBuilder(SETTINGS);
      for (int d = 0; d < 40; d++) {
        builder.add(randomText(random, words, 30), language);
      }
      FeatureExtractor extractor = new FeatureExtractor(SETTINGS, builder.build());
      Vocabulary vocabulary = extractor.vocabulary();
      FeatureBuffer buffer = extractor.newBuffer();
      for (int d = 0; d < 300; d++) {
        String text = randomText(random, words, 1 + random.nextInt(d % 50 == 0 ? 3000 : 80));
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> counts = new HashMap<>();
        List<String> found = new ArrayList<>();
        FeatureEmitter reference =
            new FeatureEmitter() {
              @Override
              void feature(Kind kind, long key, int start, int end) {
                int feature = vocabulary.find(key);
                if (feature >= 0) {
                  if (counts.merge(feature, 1, Integer::sum) == 1) {
                    order.add(feature);
                  }
                  found.add(feature + "@" + start + "-" + end);
                }
              }
            };
        Chain chain = SETTINGS.chainFor(language);
        reference.reset(true, chain == Chain.BIGRAMS);
        TextAnalyzer.forLanguage(language).analyze(text, chain, reference);
        reference.finish(text);
        extractor.extract(text, language, buffer, d % 2 == 0);
        List<Integer> entries = new ArrayList<>();
        double norm = 0;
        for (int feature : order) {
          double weight = counts.get(feature) == 1 ? 1 : 1 + Math.log(counts.get(feature));
          norm += Math.pow(weight * vocabulary.idf(feature), 2);
        }
        for (int i = 0; i < buffer.size(); i++) {
          entries.add(buffer.index(i));
          int feature = buffer.index(i);
          double weight = counts.get(feature) == 1 ? 1 : 1 + Math.log(counts.get(feature));
          assertThat((double) buffer.value(i))
              .isCloseTo(weight * vocabulary.idf(feature) / Math.sqrt(norm), within(1e-6));
        }
        assertThat(entries).isEqualTo(order);
        if (d % 2 == 0) {
          List<String> recorded = new ArrayList<>();
          for (int i = 0; i < buffer.occurrences(); i++) {
            recorded.add(
                buffer.occurrenceFeature(i)
                    + "@"
                    + buffer.occurrenceStart(i)
                    + "-"
                    + buffer.occurrenceEnd(i));
          }
          assertThat(recorded).isEqualTo(found);
          for (int feature : order) {
            assertThat(buffer.weightOf(feature)).isEqualTo(buffer.value(entries.indexOf(feature)));
          }
        }
      }
    }
  }

  private static String randomText(Random random, String[] words, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(words[random.nextInt(words.length)]);
      if (random.nextInt(3) == 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
