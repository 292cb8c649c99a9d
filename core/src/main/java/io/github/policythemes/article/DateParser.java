package io.github.policythemes.article;

import static io.github.policythemes.internal.Checks.requireArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser of the library: reads the date of an article as researchers' files write it.
 * Every reader ({@link ReadOptions#dateParser()}) and so every command uses it.
 *
 * <p>The standard forms, each optionally followed by a weekday in parentheses and a time of day
 * (with seconds, fractions, {@code 오전}/{@code 오후}, {@code AM}/{@code PM}, an offset or {@code Z}),
 * whose date part is taken as written (not moved to another offset):
 *
 * <ul>
 *   <li>ISO: {@code 2024-01-05}, {@code 2024-1-5}, {@code 2024-01-05T09:30:00+09:00}, {@code
 *       2024-01-05 09:30}
 *   <li>dots, as in Korean: {@code 2024.01.05}, {@code 2024. 1. 5.}, {@code 2024.1.5 오후 3:20}
 *   <li>slashes: {@code 2024/01/05} (year first only: {@code 01/05/2024} is ambiguous and needs a
 *       pattern)
 *   <li>Korean: {@code 2024년 1월 5일}; Chinese and Japanese: {@code 2024年1月5日}, {@code 2024年1月5号}
 *   <li>eight digits: {@code 20240105}
 *   <li>RFC 1123, as RSS feeds write it: {@code Fri, 5 Jan 2024 09:30:00 +0900}
 * </ul>
 *
 * <p>A pattern ({@link #withPattern(String)}, {@link DateTimeFormatter} letters, e.g. {@code
 * dd/MM/yyyy} or {@code MMM d, yyyy}) is tried first, then the standard forms. A value that none
 * reads is an error naming the value, never a date left out.
 *
 * <pre>{@code
 * LocalDate date = DateParser.standard().parse("2024년 1월 5일");        // 2024-01-05
 * LocalDate us = DateParser.withPattern("MM/dd/yyyy").parse("01/05/2024");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DateParser {
  private static final String TIME =
      "(?:[T\\s]+(?:오전|오후|上午|下午)?\\s*\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
          + "\\s*(?:[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT|KST|CST|JST)?)?";
  private static final Pattern STANDARD =
      Pattern.compile(
          "(\\d{4})(?:([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})\\.?"
              + "|\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日号]"
              + "|(\\d{2})(\\d{2}))"
              + "(?:\\s*\\([^)]{1,12}\\))?"
              + TIME);
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final DateParser STANDARD_PARSER = new DateParser(null, null);

  private final String pattern;
  private final DateTimeFormatter formatter;

  private DateParser(String pattern, DateTimeFormatter formatter) {
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /**
   * Returns the parser of the standard forms.
   *
   * @return the parser
   */
  public static DateParser standard() {
    return STANDARD_PARSER;
  }

  /**
   * Returns a parser that tries a pattern first, then the standard forms.
   *
   * @param pattern {@link DateTimeFormatter} pattern letters, e.g. {@code dd/MM/yyyy}; month and
   *     day names are read in English, ignoring case
   * @return the parser
   * @throws IllegalArgumentException if the pattern is blank or not a valid pattern
   */
  public static DateParser withPattern(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    requireArgument(!pattern.isBlank(), "date pattern is blank");
    try {
      DateTimeFormatter formatter =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(pattern)
              .parseDefaulting(ChronoField.ERA, 1)
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT);
      return new DateParser(pattern, formatter);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "date pattern '" + pattern + "' is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the pattern tried before the standard forms.
   *
   * @return the pattern, or null for the standard forms only
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Reads a date.
   *
   * @param value the value as written; leading and trailing blanks are ignored
   * @return the date
   * @throws IllegalArgumentException if no form reads the value, or it names a day that does not
   *     exist (2024-02-30); the message names the value
   */
  public LocalDate parse(String value) {
    LocalDate date = tryParse(value);
    if (date == null) {
      throw new IllegalArgumentException("'" + value + "' is not a date: " + expected());
    }
    return date;
  }

  /** The date, or null when no form reads the value. */
  LocalDate tryParse(String value) {
    Objects.requireNonNull(value, "value");
    String text = value.strip();
    if (formatter != null) {
      try {
        return formatter.parse(text, LocalDate::from);
      } catch (DateTimeException e) {
        // not in the pattern: the standard forms may still read it
      }
    }
    return standardForm(text);
  }

  private LocalDate standardForm(String text) {
    Matcher m = STANDARD.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(first(m.group(3), m.group(5), m.group(7)));
      int day = Integer.parseInt(first(m.group(4), m.group(6), m.group(8)));
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
      try {
        return RFC_1123.parse(text, LocalDate::from);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  /** What the parser reads, for a message about a value it did not read. */
  String expected() {
    return (pattern != null ? "neither " + pattern + " nor " : "expected ")
        + "a date such as 2024-01-05, 2024.01.05, 2024년 1월 5일 or 2024年1月5日"
        + (pattern != null ? "" : " (others need a date pattern)");
  }

  @Override
  public String toString() {
    return pattern == null ? "DateParser[standard]" : "DateParser[" + pattern + ", standard]";
  }
}
