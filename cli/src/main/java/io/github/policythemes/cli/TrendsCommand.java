package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.trends.Period;
import io.github.policythemes.trends.ThemeSeries;
import io.github.policythemes.trends.ThemeTrends;
import io.github.policythemes.trends.TrendAnalyzer;
import io.github.policythemes.trends.TrendReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes trends}: how themes move over time in classified output. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Count themes per period in classified articles, with charts and a report.",
    description = {
      "Count themes per period in the JSONL that 'classify' writes (or any input with a themes"
          + " field and dates) and write DIR/counts.csv, languages.csv, cooccurrence.csv,"
          + " keywords.csv, skipped.csv, trends.json, charts (shares, cooccurrence, keywords;"
          + " .svg and .png) and a self-contained report.html.",
      "Keywords need the records' text: classify with --keep-text. Dates are read in the"
          + " common ISO, Korean and Chinese forms (--date-format for others); a record whose"
          + " date cannot be read is listed with the value (skipped.csv), never counted silently."
    })
final class TrendsCommand implements Callable<Integer> {
  /** Skipped lines echoed on stderr; all of them are in skipped.csv. */
  static final int SKIPPED_ECHOED = Problems.SHOWN;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--by",
      defaultValue = "month",
      description = "Period: week, month, quarter or year.")
  String by;

  @Option(
      names = "--top-keywords",
      defaultValue = "10",
      description = "Keywords per theme and per theme and period.")
  int topKeywords;

  @Option(
      names = "--assigned-field",
      defaultValue = "assigned",
      description = "Field that lists a record's themes (e.g. labels for a labelled corpus).")
  String assignedField;

  @Option(
      names = "--min-year",
      defaultValue = "" + TrendAnalyzer.DEFAULT_MIN_YEAR,
      description = "Records dated before this year are skipped as errors.")
  int minYear;

  @Option(
      names = "--max-year",
      defaultValue = "" + TrendAnalyzer.DEFAULT_MAX_YEAR,
      description = "Records dated after this year are skipped as errors.")
  int maxYear;

  @Option(
      names = "--max-periods",
      defaultValue = "" + TrendAnalyzer.DEFAULT_MAX_PERIODS,
      description = "Refuse dates that span more periods than this.")
  int maxPeriods;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Mixin InputOptions reading;

  @Mixin Verbosity verbosity;

  @Parameters(
      paramLabel = "CLASSIFIED.jsonl",
      arity = "0..1",
      description = "Output of 'policy-themes classify' (JSONL); - for stdin.")
  String input;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Count the articles of an archive ('policy-themes index') instead of a file;"
              + " default: the file.")
  Path index;

  @Override
  public Integer call() throws IOException {
    Outputs.check(output, "--output", true);
    verbosity.check();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems =
        new Problems(err, verbosity, "all of them are in " + output.resolve("skipped.csv"));
    ProgressDisplay display = Main.display(spec, verbosity, problems);
    TrendAnalyzer analyzer =
        TrendAnalyzer.builder()
            .period(Period.parse(by))
            .topKeywords(topKeywords)
            .years(minYear, maxYear)
            .maxPeriods(maxPeriods)
            .progressListener(display)
            .build();
    if ((index == null) == (input == null)) {
      throw new UsageException("give either a CLASSIFIED.jsonl file or --index DIR");
    }
    ReadOptions options = reading.applyTo(TrendAnalyzer.readOptions(assignedField)).build();
    RecordSource records = null;
    String source;
    if (index != null) {
      source = index.toString();
    } else if (input.equals("-")) {
      source = "<stdin>";
      records = RecordSource.stream(main.stdin, source, options);
    } else {
      Path file = Path.of(input);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such file: " + input);
      }
      source = file.toString();
      records = RecordSource.files(List.of(file), options);
    }
    ThemeTrends trends =
        records == null
            ? IndexTrends.analyze(analyzer, index, options)
            : analyzer.analyze(records, source);
    display.close();
    try {
      TrendReport.write(trends, output);
    } catch (IOException e) {
      throw Outputs.naming(e, output);
    }
    PrintWriter out = spec.commandLine().getOut();
    summary(out, trends);
    if (!verbosity.quiet) {
      trends.notes().forEach(note -> err.println("policy-themes: note: " + note));
    }
    trends.skippedLines().forEach(problems::rejected);
    problems.finish();
    out.flush();
    return trends.skipped() == 0 ? Main.OK : Main.PARTIAL;
  }

  private void summary(PrintWriter out, ThemeTrends trends) {
    out.printf(
        Locale.ROOT,
        "%d of %d records counted (%d skipped), %d %ss%s%n",
        trends.used(),
        trends.linesRead(),
        trends.skipped(),
        trends.periods().size(),
        trends.period().code(),
        trends.periods().isEmpty()
            ? ""
            : " from "
                + trends.periods().get(0)
                + " to "
                + trends.periods().get(trends.periods().size() - 1));
    for (ThemeSeries theme : trends.themes()) {
      out.printf(
          Locale.ROOT,
          "  %-34s %6d  %-9s p=%.3f%n",
          theme.themeId(),
          theme.total(),
          theme.trend().direction().name().toLowerCase(Locale.ROOT),
          theme.trend().p());
    }
    out.println("wrote " + output.resolve("report.html") + " and the CSV, JSON and chart files");
  }
}
