package io.github.policythemes.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of one document.
 *
 * <p>Script statistics decide Korean, Chinese and Japanese: a Korean article with Hanja or English
 * acronyms is still Korean, because Hangul syllables dominate its CJK characters. Latin text that
 * reads as English (enough English function words) is English without further work; other
 * Latin-script text goes to OpenNLP's language detector ({@code langdetect-183.bin} from {@code
 * opennlp-models-langdetect}), loaded on first use; except a headline-sized ASCII text (under 30
 * words) with no function word of another Latin-script language ("Gyeongbuk merger bill passes"),
 * which is taken for English without asking the model: the model costs 20 µs, ten times the rest of
 * classifying a headline, and on so little text it is seldom sure. Only the first {@value #SAMPLE}
 * chars are read, so detection costs the same for a headline and for a 10 MB file.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} returns the shared one.
 *
 * <pre>{@code
 * Language language = LanguageDetector.standard().detect("지방분권 특별법이 국회를 통과했다");
 * // Language.KO
 * }</pre>
 */
public final class LanguageDetector {
  static final int SAMPLE = 4096;
  private static final String MODEL = "/langdetect-183.bin";
  private static final int SHORT_TEXT_WORDS = 8;
  private static final double MARGIN = 1.5;
  private static final LanguageDetector STANDARD = new LanguageDetector();

  private LanguageDetector() {}

  /**
   * Returns the shared detector.
   *
   * @return the detector
   */
  public static LanguageDetector standard() {
    return STANDARD;
  }

  /**
   * Detects the language of a text.
   *
   * @param text the text; may be empty
   * @return the language; {@link Language#EN} for text without letters (there is nothing to stem,
   *     and English is the chain that copes best with digits and symbols)
   * @throws NullPointerException if text is null
   */
  public Language detect(CharSequence text) {
    ScriptCounts counts = ScriptCounts.of(text, SAMPLE);
    int cjk = counts.hangul + counts.han + counts.kana;
    // One CJK character carries about as much as two or three Latin letters.
    if (cjk > 0 && cjk * 3 >= counts.latin) {
      if (counts.kana * 10 >= cjk) {
        return Language.JA;
      }
      return counts.hangul * 5 >= cjk ? Language.KO : Language.ZH;
    }
    int max = Math.max(counts.latin, Math.max(counts.cyrillic, counts.greek));
    if (max == 0) {
      if (counts.arabic > 0) {
        return Language.AR;
      }
      if (counts.devanagari > 0) {
        return Language.HI;
      }
      return counts.other > 0 ? Language.OTHER : Language.EN;
    }
    if (counts.greek == max) {
      return Language.EL;
    }
    if (counts.cyrillic == max) {
      Language language = detectWithModel(text, false);
      return language == null ? Language.RU : language;
    }
    EnglishCues cues = EnglishCues.of(text, SAMPLE);
    if (cues.looksEnglish() || cues.englishHeadline()) {
      return Language.EN;
    }
    Language language = detectWithModel(text, cues.words < SHORT_TEXT_WORDS);
    // Short Latin text without English function words ("Gyeongbuk merger bill passes") is most
    // often an English headline; the model decides only when it is clearly sure.
    return language == null ? Language.EN : language;
  }

  /**
   * Returns the model's language, or null when it is unsure: for short text, unless the best
   * language beats the second by half again.
   */
  private static Language detectWithModel(CharSequence text, boolean shortText) {
    String sample = modelSample(text);
    opennlp.tools.langdetect.Language[] ranked;
    try {
      ranked = Model.DETECTOR.get().predictLanguages(sample);
    } catch (RuntimeException e) {
      // the model's normaliser has thrown on odd UTF-16 before (see modelSample); a text it
      // cannot read is left to the script statistics rather than failing its caller
      return null;
    }
    if (ranked.length == 0) {
      return null;
    }
    if (shortText
        && ranked.length > 1
        && ranked[0].getConfidence() < MARGIN * ranked[1].getConfidence()) {
      return null;
    }
    return Language.fromCodeOrOther(ranked[0].getLang());
  }

  /**
   * The start of the text as the model reads it: supplementary-plane characters and unpaired
   * surrogates become spaces. They say nothing about a Latin or Cyrillic language, and OpenNLP's
   * normaliser threw {@code StringIndexOutOfBoundsException} on text ending in two of them.
   */
  static String modelSample(CharSequence text) {
    int length = Math.min(text.length(), SAMPLE);
    char[] sample = new char[length];
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      sample[i] = Character.isSurrogate(c) ? ' ' : c;
    }
    return new String(sample);
  }

  /** Holds the OpenNLP model; loaded by the first document that needs it. */
  private static final class Model {
    static final LanguageDetectorModel MODEL_DATA = load();
    // LanguageDetectorME keeps per-call state in its context generator: one per thread.
    static final ThreadLocal<LanguageDetectorME> DETECTOR =
        ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL_DATA));

    private static LanguageDetectorModel load() {
      // the class loader, not the class: in a named module Class.getResourceAsStream looks in
      // this module only, and the model is a root resource of another jar
      try (InputStream in =
          LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL.substring(1))) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenNLP language model "
                  + MODEL
                  + " is not on the classpath: add "
                  + "org.apache.opennlp:opennlp-models-langdetect");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP language model " + MODEL, e);
      }
    }
  }
}
