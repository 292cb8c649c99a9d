package io.github.policythemes.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A calendar period that theme trends are counted by. Weeks are ISO weeks (Monday to Sunday,
 * labelled {@code 2024-W07}, with the ISO week-based year, so 30 December 2024 falls in {@code
 * 2025-W01}); months are labelled {@code 2024-02}, quarters {@code 2024-Q1}, years {@code 2024}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Period {
  /** ISO weeks, Monday to Sunday. */
  WEEK,
  /** Calendar months. */
  MONTH,
  /** Calendar quarters. */
  QUARTER,
  /** Calendar years. */
  YEAR;

  /**
   * Parses a period name, ignoring case.
   *
   * @param name {@code week}, {@code month}, {@code quarter} or {@code year}
   * @return the period
   * @throws IllegalArgumentException if the name is none of them
   */
  public static Period parse(String name) {
    for (Period period : values()) {
      if (period.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return period;
      }
    }
    throw new IllegalArgumentException(
        "unknown period '" + name + "': use week, month, quarter or year");
  }

  /**
   * Returns the first day of the period that contains a date.
   *
   * @param date the date
   * @return the Monday, first of the month, first of the quarter or first of January
   */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }

  /**
   * Returns the first day of the next period.
   *
   * @param start the first day of a period
   * @return the first day of the period after it
   */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /**
   * Returns the label of the period that contains a date.
   *
   * @param date the date
   * @return e.g. {@code 2024-W07}, {@code 2024-02}, {@code 2024-Q1} or {@code 2024}
   */
  public String label(LocalDate date) {
    return switch (this) {
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER ->
          String.format(Locale.ROOT, "%d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  /**
   * Returns the lower-case name, as the command line spells it.
   *
   * @return {@code week}, {@code month}, {@code quarter} or {@code year}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
