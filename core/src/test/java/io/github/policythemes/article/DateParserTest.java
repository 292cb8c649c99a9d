package io.github.policythemes.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-05",
        "2024-1-5",
        "2024-01-05T09:30:00+09:00",
        "2024-01-05T09:30:00.123Z",
        "2024-01-05 09:30",
        "2024.01.05",
        "2024.1.5",
        "2024. 1. 5.",
        "2024. 01. 05. 오후 3:20",
        "2024.01.05 09:30:00",
        "2024/01/05",
        "2024/1/5 9:30 PM",
        "2024년 1월 5일",
        "2024년1월5일",
        "2024년 01월 05일 (금)",
        "2024年1月5日",
        "2024年01月05日 上午 9:30",
        "2024年1月5号",
        "20240105",
        "Fri, 5 Jan 2024 09:30:00 +0900",
        "  2024-01-05  "
      })
  void standard_commonForms_readTheDateAsWritten(String value) {
    assertThat(DateParser.standard().parse(value)).isEqualTo(JAN_5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "2024.01-05",
        "01/05/2024",
        "2024-02-02x",
        "2024년 1월",
        ""
      })
  void standard_otherValues_areErrorsNamingTheValue(String value) {
    assertThat(DateParser.standard().tryParse(value)).isNull();
    assertThatThrownBy(() -> DateParser.standard().parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + value + "' is not a date: expected a date such as");
  }

  @Test
  void withPattern_readsThePatternThenTheStandardForms() {
    DateParser us = DateParser.withPattern("MM/dd/yyyy");
    assertThat(us.parse("01/05/2024")).isEqualTo(JAN_5);
    assertThat(us.parse("2024-01-05")).isEqualTo(JAN_5);
    assertThat(DateParser.withPattern("MMM d, yyyy").parse("jan 5, 2024")).isEqualTo(JAN_5);
    assertThat(us.tryParse("02/30/2024")).isNull();
    assertThatThrownBy(() -> us.parse("5 Jan")).hasMessageContaining("neither MM/dd/yyyy nor");
  }

  @Test
  void withPattern_invalidPattern_isRejected() {
    assertThatThrownBy(() -> DateParser.withPattern("yyyy-MM-dd{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date pattern 'yyyy-MM-dd{' is not valid");
    assertThatThrownBy(() -> DateParser.withPattern(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
