package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Counts themes per period in classified rows, as {@code policy-themes trends} does on one machine:
 * the {@code counts.csv} of its report, as a DataFrame.
 *
 * <pre>{@code
 * Dataset<Row> counts = ThemeTrendCounts.builder().period("quarter").build()
 *     .counts(spark.read().parquet("hdfs:///themes/2024"));     // ClassifyJob's output
 * // period | period_start | theme | count | share | articles
 * }</pre>
 *
 * <p>A row counts when its assigned themes are a list of non-blank ids and its date is an ISO date
 * (or a date or timestamp column, or an ISO date-time with an offset, whose date part is taken);
 * other rows are skipped, as {@code trends} skips them. The result has a row for every period from
 * the first to the last dated row (empty periods included, with {@code articles} 0 and {@code
 * share} null) and every theme assigned at least once: {@code count} articles assigned the theme,
 * {@code articles} counted in the period, {@code share} their ratio. Weeks are ISO weeks ({@code
 * 2024-W07}), months {@code 2024-02}, quarters {@code 2024-Q1}, years {@code 2024}. Themes come in
 * order of their total, then id; periods in time order. Labels are not included: the ranked themes
 * carry them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThemeTrendCounts {
  private final String period;
  private final String dateCol;
  private final String assignedCol;

  private ThemeTrendCounts(Builder builder) {
    this.period = builder.period != null ? builder.period : "month";
    this.dateCol = builder.dateCol != null ? builder.dateCol : "date";
    this.assignedCol = builder.assignedCol != null ? builder.assignedCol : "assigned";
  }

  /**
   * Starts a builder: by month, columns {@code date} and {@code assigned}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts the themes of classified rows per period.
   *
   * @param classified rows with a date column and an {@code array<string>} of assigned theme ids
   *     ({@link ClassifyJob}'s output, or a transformer's output with {@code assignedCol} {@code
   *     themes.assigned})
   * @return period, period_start, theme, count, share, articles
   * @throws IllegalArgumentException if the columns are missing or of the wrong type
   */
  public Dataset<Row> counts(Dataset<?> classified) {
    // One pass over the input: each counted row gives a null marker (the article) and its themes.
    Dataset<Row> perPeriod =
        classified
            .select(date(classified).as("d"), col(assignedCol).as("a"))
            .filter(col("d").isNotNull().and(col("a").isNotNull()))
            .filter(expr("NOT exists(a, x -> x IS NULL OR trim(x) = '')"))
            .select(
                start(col("d")).as("period_start"),
                explode(expr("concat(array(CAST(NULL AS STRING)), array_distinct(a))")).as("theme"))
            .groupBy("period_start", "theme")
            .agg(count(lit(1)).as("count"));
    Dataset<Row> articles =
        perPeriod
            .filter(col("theme").isNull())
            .select(col("period_start"), col("count").as("articles"));
    Dataset<Row> assigned = perPeriod.filter(col("theme").isNotNull());
    Dataset<Row> periods =
        articles
            .agg(
                functions.min("period_start").as("first"), functions.max("period_start").as("last"))
            .filter(col("first").isNotNull())
            .select(
                explode(expr("sequence(first, last, interval " + step() + ")")).as("period_start"));
    Dataset<Row> themes = assigned.select("theme").distinct();
    Dataset<Row> grid =
        periods
            .crossJoin(themes)
            .join(assigned, new String[] {"period_start", "theme"}, "left")
            .join(articles, new String[] {"period_start"}, "left")
            .select(
                label(col("period_start")).as("period"),
                col("period_start"),
                col("theme"),
                coalesce(col("count"), lit(0L)).as("count"),
                col("articles"));
    Column total = sum("count").over(Window.partitionBy("theme"));
    return grid.select(
            col("period"),
            col("period_start"),
            col("theme"),
            col("count"),
            when(col("articles").gt(0), col("count").divide(col("articles"))).as("share"),
            coalesce(col("articles"), lit(0L)).as("articles"),
            total.as("_total"))
        .orderBy(col("_total").desc(), col("theme"), col("period_start"))
        .drop("_total");
  }

  private Column date(Dataset<?> frame) {
    DataType type = frame.schema().apply(dateCol).dataType();
    if (type.equals(DataTypes.DateType)) {
      return col(dateCol);
    }
    if (type.equals(DataTypes.TimestampType)) {
      return to_date(col(dateCol));
    }
    if (!type.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "dateCol '" + dateCol + "' is " + type.simpleString() + ": use a date or a string");
    }
    return to_date(functions.udf(new TrendDate(), DataTypes.StringType).apply(col(dateCol)));
  }

  private Column start(Column date) {
    return switch (period) {
      case "week" -> trunc(date, "week");
      case "month" -> trunc(date, "month");
      case "quarter" -> trunc(date, "quarter");
      default -> trunc(date, "year");
    };
  }

  private String step() {
    return switch (period) {
      case "week" -> "1 week";
      case "month" -> "1 month";
      case "quarter" -> "3 months";
      default -> "1 year";
    };
  }

  private Column label(Column start) {
    Column y = year(start).cast(DataTypes.StringType);
    return switch (period) {
      // the ISO week-based year is the year of the week's Thursday
      case "week" ->
          concat(
              year(date_add(start, 3)).cast(DataTypes.StringType),
              lit("-W"),
              lpad(weekofyear(start).cast(DataTypes.StringType), 2, "0"));
      case "month" -> concat(y, lit("-"), lpad(month(start).cast(DataTypes.StringType), 2, "0"));
      case "quarter" -> concat(y, lit("-Q"), quarter(start).cast(DataTypes.StringType));
      default -> y;
    };
  }

  /** An ISO date, or the date part of an ISO date-time with an offset, as trends reads them. */
  static final class TrendDate implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String trimmed = value.trim();
      try {
        return LocalDate.parse(trimmed).toString();
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(trimmed).toLocalDate().toString();
        } catch (DateTimeParseException notEither) {
          return null;
        }
      }
    }
  }

  /**
   * Configures {@link ThemeTrendCounts}. Each setter validates at once and may be called once. Not
   * thread-safe.
   */
  public static final class Builder {
    private String period;
    private String dateCol;
    private String assignedCol;

    private Builder() {}

    /**
     * Sets the period.
     *
     * @param name week, month, quarter or year (default month)
     * @return this builder
     * @throws IllegalArgumentException for another name
     * @throws IllegalStateException if it was already set
     */
    public Builder period(String name) {
      requireUnset(period, "period");
      String lower = Objects.requireNonNull(name, "period").trim().toLowerCase(Locale.ROOT);
      if (!java.util.List.of("week", "month", "quarter", "year").contains(lower)) {
        throw new IllegalArgumentException(
            "unknown period '" + name + "': use week, month, quarter or year");
      }
      period = lower;
      return this;
    }

    /**
     * Sets the date column.
     *
     * @param column a date, timestamp or string column (default {@code date})
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder dateCol(String column) {
      requireUnset(dateCol, "dateCol");
      dateCol = requireName(column, "dateCol");
      return this;
    }

    /**
     * Sets the column of assigned theme ids.
     *
     * @param column an {@code array<string>} column, e.g. {@code themes.assigned} (default {@code
     *     assigned})
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder assignedCol(String column) {
      requireUnset(assignedCol, "assignedCol");
      assignedCol = requireName(column, "assignedCol");
      return this;
    }

    /**
     * Returns the counter.
     *
     * @return an immutable counter
     */
    public ThemeTrendCounts build() {
      return new ThemeTrendCounts(this);
    }

    private static void requireUnset(Object value, String name) {
      if (value != null) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
    }

    private static String requireName(String name, String parameter) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(parameter + " is " + (name == null ? "null" : "blank"));
      }
      return name;
    }
  }
}
