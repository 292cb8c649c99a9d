package io.github.policythemes.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences with offsets into the original text.
 *
 * <p>Line breaks always end a sentence (headlines, paragraphs, list items). Within a line, English
 * and the other alphabetic languages use OpenNLP's {@code SentenceDetectorME} with the English
 * model from {@code opennlp-models-sentdetect-en}, which knows abbreviations such as "Dr." and
 * "U.S."; Korean, Chinese and Japanese use punctuation rules: a sentence ends after {@code . ! ? 。
 * ！ ？ …} and any closing quotes or brackets, where a full stop needs a space or the end of the line
 * after it (so "3.5%" stays whole) but the ideographic full stop does not.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * List<Sentence> sentences = SentenceSplitter.forLanguage(Language.KO).split(text);
 * }</pre>
 */
public final class SentenceSplitter {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final Map<Language, SentenceSplitter> SPLITTERS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      SPLITTERS.put(language, new SentenceSplitter(language.isCjk()));
    }
  }

  private final boolean punctuationRules;

  private SentenceSplitter(boolean punctuationRules) {
    this.punctuationRules = punctuationRules;
  }

  /**
   * Returns the splitter for a language.
   *
   * @param language the language of the texts
   * @return the shared splitter
   * @throws NullPointerException if language is null
   */
  public static SentenceSplitter forLanguage(Language language) {
    return SPLITTERS.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * Splits a text into sentences.
   *
   * @param text the text; blank text gives no sentences
   * @return the sentences in text order, each trimmed of surrounding white space
   * @throws NullPointerException if text is null
   */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > lineStart) {
          splitLine(text, lineStart, i, sentences);
        }
        lineStart = i + 1;
      }
    }
    return sentences;
  }

  private void splitLine(String text, int start, int end, List<Sentence> out) {
    if (punctuationRules) {
      int sentenceStart = start;
      for (int i = start; i < end; i++) {
        int after = endOfSentence(text, i, end);
        if (after > 0) {
          add(text, sentenceStart, after, out);
          sentenceStart = after;
          i = after - 1;
        }
      }
      add(text, sentenceStart, end, out);
    } else {
      String line = text.substring(start, end);
      for (Span span : Detector.DETECTOR.get().sentPosDetect(line)) {
        add(text, start + span.getStart(), start + span.getEnd(), out);
      }
    }
  }

  /** Returns where the sentence ends if one ends at {@code i}, else -1. */
  private static int endOfSentence(String text, int i, int end) {
    char c = text.charAt(i);
    boolean ideographic = c == '。' || c == '！' || c == '？' || c == '…';
    if (!ideographic && c != '.' && c != '!' && c != '?') {
      return -1;
    }
    int after = i + 1;
    while (after < end && isTerminalOrClosing(text.charAt(after))) {
      after++;
    }
    if (ideographic || after == end || Character.isWhitespace(text.charAt(after))) {
      return after;
    }
    return -1;
  }

  private static boolean isTerminalOrClosing(char c) {
    return ".!?。！？…\"'”’」』）)]】》〉".indexOf(c) >= 0;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
  }

  /** Holds the OpenNLP model; loaded by the first text that needs it. */
  private static final class Detector {
    static final SentenceModel MODEL_DATA = load();
    // SentenceDetectorME is not thread-safe: one per thread over the shared model.
    static final ThreadLocal<SentenceDetectorME> DETECTOR =
        ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL_DATA));

    private static SentenceModel load() {
      // the class loader, not the class: in a named module Class.getResourceAsStream looks in
      // this module only, and the model is a root resource of another jar
      try (InputStream in =
          SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL.substring(1))) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenNLP sentence model "
                  + MODEL
                  + " is not on the classpath: add "
                  + "org.apache.opennlp:opennlp-models-sentdetect-en");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP sentence model " + MODEL, e);
      }
    }
  }
}
