package io.github.policythemes.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A language that policy-themes can analyse.
 *
 * <p>English, Korean and Chinese have chains built for this project (see {@link TextAnalyzer}); the
 * other languages use the stemming analyzer that Lucene ships for them, and {@link #OTHER} covers
 * every language without one (plain tokenization and lower-casing, never an English stemmer).
 *
 * <p>Codes are ISO 639-1 ({@code en}, {@code ko}, {@code zh}); {@link #fromCode(String)} also
 * accepts the ISO 639-3 codes that OpenNLP's language detector reports.
 */
public enum Language {
  /** English. */
  EN("en", "eng"),
  /** Korean. */
  KO("ko", "kor"),
  /** Chinese (simplified or traditional). */
  ZH("zh", "zho", "cmn", "yue", "wuu"),
  /** Japanese. */
  JA("ja", "jpn"),
  /** German. */
  DE("de", "deu", "ger"),
  /** French. */
  FR("fr", "fra", "fre"),
  /** Spanish. */
  ES("es", "spa"),
  /** Italian. */
  IT("it", "ita"),
  /** Portuguese. */
  PT("pt", "por"),
  /** Dutch. */
  NL("nl", "nld", "dut"),
  /** Danish. */
  DA("da", "dan"),
  /** Swedish. */
  SV("sv", "swe"),
  /** Norwegian (Bokmål and Nynorsk). */
  NO("no", "nor", "nob", "nno", "nb", "nn"),
  /** Finnish. */
  FI("fi", "fin"),
  /** Russian. */
  RU("ru", "rus"),
  /** Turkish. */
  TR("tr", "tur"),
  /** Indonesian. */
  ID("id", "ind"),
  /** Czech. */
  CS("cs", "ces", "cze"),
  /** Hungarian. */
  HU("hu", "hun"),
  /** Romanian. */
  RO("ro", "ron", "rum"),
  /** Greek. */
  EL("el", "ell", "gre"),
  /** Arabic. */
  AR("ar", "ara", "arb"),
  /** Hindi. */
  HI("hi", "hin"),
  /** Any other language: tokenized and lower-cased, not stemmed. */
  OTHER("und");

  private static final Map<String, Language> BY_CODE = new HashMap<>();

  static {
    for (Language language : values()) {
      for (String code : language.codes) {
        BY_CODE.put(code, language);
      }
    }
  }

  private final String code;
  private final String[] codes;

  Language(String code, String... otherCodes) {
    this.code = code;
    this.codes = new String[otherCodes.length + 1];
    this.codes[0] = code;
    System.arraycopy(otherCodes, 0, this.codes, 1, otherCodes.length);
  }

  /**
   * Returns the ISO 639-1 code, or {@code und} for {@link #OTHER}.
   *
   * @return the short code, lower case
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether the language is written with Han, Hangul or Kana characters.
   *
   * @return true for Korean, Chinese and Japanese
   */
  public boolean isCjk() {
    return this == KO || this == ZH || this == JA;
  }

  /**
   * Finds the language for an ISO 639-1 or 639-3 code, ignoring case and region suffixes such as
   * {@code zh-CN} or {@code ko_KR}.
   *
   * @param code the code, e.g. {@code en}, {@code kor}, {@code zh-TW}
   * @return the language
   * @throws IllegalArgumentException if the code is null, blank or not known
   */
  public static Language fromCode(String code) {
    Language language = lookup(code);
    if (language == null) {
      throw new IllegalArgumentException(
          "unknown language code '" + code + "': use an ISO 639-1 code such as en, ko or zh");
    }
    return language;
  }

  /**
   * Finds the language for a code like {@link #fromCode(String)}, but answers {@link #OTHER} for a
   * well-formed code of a language without its own chain (e.g. {@code vi}).
   *
   * @param code an ISO 639 code
   * @return the language, {@link #OTHER} when the code is well formed but not one of ours
   * @throws IllegalArgumentException if the code is null or not two or three letters
   */
  public static Language fromCodeOrOther(String code) {
    Language language = lookup(code);
    if (language != null) {
      return language;
    }
    String base = base(code);
    if (base.matches("[a-z]{2,3}")) {
      return OTHER;
    }
    throw new IllegalArgumentException("malformed language code '" + code + "'");
  }

  private static Language lookup(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("language code is " + (code == null ? "null" : "blank"));
    }
    String lower = code.trim().toLowerCase(Locale.ROOT);
    Language exact = BY_CODE.get(lower);
    return exact != null ? exact : BY_CODE.get(base(code));
  }

  private static String base(String code) {
    String lower = code.trim().toLowerCase(Locale.ROOT);
    int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
    return cut > 0 ? lower.substring(0, cut) : lower;
  }
}
