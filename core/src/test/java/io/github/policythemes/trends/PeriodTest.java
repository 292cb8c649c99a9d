package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void label_isoWeekAtTheTurnOfTheYear_usesTheWeekBasedYear() {
    assertThat(Period.WEEK.label(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    assertThat(Period.WEEK.label(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
  }

  @Test
  void start_eachPeriod_isItsFirstDay() {
    LocalDate date = LocalDate.of(2024, 8, 15);
    assertThat(Period.WEEK.start(date)).isEqualTo(LocalDate.of(2024, 8, 12));
    assertThat(Period.MONTH.start(date)).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(Period.QUARTER.start(date)).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(Period.YEAR.start(date)).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void next_andLabel_walkThePeriods() {
    assertThat(Period.QUARTER.label(Period.QUARTER.next(LocalDate.of(2024, 10, 1))))
        .isEqualTo("2025-Q1");
    assertThat(Period.MONTH.label(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02");
    assertThat(Period.WEEK.next(LocalDate.of(2024, 8, 12))).isEqualTo(LocalDate.of(2024, 8, 19));
    assertThat(Period.YEAR.label(LocalDate.of(1999, 12, 31))).isEqualTo("1999");
  }

  @Test
  void parse_unknownName_namesTheChoices() {
    assertThat(Period.parse(" Quarter ")).isEqualTo(Period.QUARTER);
    assertThatThrownBy(() -> Period.parse("day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("week, month, quarter or year");
  }
}
