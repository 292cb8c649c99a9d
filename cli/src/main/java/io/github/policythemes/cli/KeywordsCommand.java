package io.github.policythemes.cli;

import io.github.policythemes.Progress;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.keywords.GroupTermCounts;
import io.github.policythemes.keywords.KeyTerm;
import io.github.policythemes.keywords.KeynessAnalyzer;
import io.github.policythemes.keywords.Keyphrase;
import io.github.policythemes.keywords.KeywordJson;
import io.github.policythemes.keywords.YakeKeywordExtractor;
import io.github.policythemes.topics.TopicModel;
import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes keywords}: key phrases per document, distinctive terms per group. */
@Command(
    name = "keywords",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Print key phrases per document, or distinctive terms per theme, period or topic.",
    description = {
      "Print keywords: per document (YAKE-style key phrases, no training needed), or per theme,"
          + " period or topic (terms that distinguish the group from the rest, by log-likelihood"
          + " keyness). Themes come from each record's labels (--labels-field assigned for the"
          + " output of classify), periods from its date, topics from a model (--model).",
      "Terms are those topics see: Korean nouns, Chinese words of two or more characters (key"
          + " phrases start and end at SmartCN word boundaries), English words, without stop"
          + " words, news boilerplate and the words of --stopwords FILE.",
      "Records that cannot be read are listed on stderr (exit code 3)."
    })
final class KeywordsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--per",
      defaultValue = "document",
      description = "document, theme, period or topic.")
  String per;

  @Option(names = "--top", defaultValue = "10", description = "Keywords per document or group.")
  int top;

  @Option(
      names = "--by",
      defaultValue = "month",
      description = "Period for --per period: week, month, quarter or year.")
  String by;

  @Option(names = "--model", description = "Topic model (.ptt) for --per topic (default: none).")
  Path model;

  @Option(names = "--format", defaultValue = "text", description = "Output format: text or jsonl.")
  String format;

  @Mixin LabelsFieldOption labels;

  @Mixin InputOptions input;

  @Mixin StopWordsOption stopWords;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "INPUT", description = "Files or folders; - or nothing for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new UsageException("unknown format '" + format + "': use text or jsonl");
    }
    if (!List.of("document", "theme", "period", "topic").contains(per)) {
      throw new UsageException("unknown --per '" + per + "': use document, theme, period or topic");
    }
    Period period = Period.parse(by);
    if (per.equals("topic") && model == null) {
      throw new UsageException("--per topic needs --model FILE (a model.ptt from 'topics')");
    }
    TopicModel topicModel = model == null ? null : TopicModel.load(model);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadOptions.Labels themes =
        per.equals("theme") ? ReadOptions.Labels.OPTIONAL : ReadOptions.Labels.NONE;
    ReadOptions options = input.applyTo(labels.labels(themes)).build();
    Problems problems = new Problems(err, verbosity, "");
    ProgressDisplay display = Main.display(spec, verbosity, problems);
    InputOptions.Read read =
        InputOptions.readAll(InputOptions.open(inputs, options, main.stdin), problems, display);
    if (per.equals("document")) {
      documents(read.records(), out, display);
    } else {
      groups(read.records(), period, topicModel, out, err, display);
    }
    display.close();
    out.flush();
    return read.rejected() == 0 ? Main.OK : Main.PARTIAL;
  }

  private void documents(List<ArticleRecord> records, PrintWriter out, ProgressDisplay display)
      throws IOException {
    YakeKeywordExtractor.Builder builder = YakeKeywordExtractor.builder().top(top);
    stopWords.applyTo(builder);
    YakeKeywordExtractor yake = builder.build();
    long started = System.nanoTime();
    for (int i = 0; i < records.size(); i++) {
      ArticleRecord record = records.get(i);
      display.onProgress(progress("key phrases", i, records.size(), started));
      List<Keyphrase> phrases = yake.extract(record.article());
      if (format.equals("jsonl")) {
        out.println(KeywordJson.document(record.article().id(), phrases));
      } else {
        out.println("==> " + record.article().id() + " <==");
        int width = phrases.stream().mapToInt(p -> DisplayWidth.of(p.phrase())).max().orElse(0);
        for (Keyphrase phrase : phrases) {
          out.printf(
              Locale.ROOT,
              "  %s  %.4f%n",
              DisplayWidth.padRight(phrase.phrase(), Math.min(40, width)),
              phrase.score());
        }
      }
    }
  }

  private void groups(
      List<ArticleRecord> records,
      Period period,
      TopicModel topicModel,
      PrintWriter out,
      PrintWriter err,
      ProgressDisplay display)
      throws IOException {
    GroupTermCounts counts = new GroupTermCounts(stopWords.words());
    int ungrouped = 0;
    long started = System.nanoTime();
    for (int i = 0; i < records.size(); i++) {
      ArticleRecord record = records.get(i);
      display.onProgress(progress("counting terms", i, records.size(), started));
      List<String> groups =
          switch (per) {
            case "theme" -> record.labels();
            case "period" ->
                record.article().date() == null
                    ? List.of()
                    : List.of(period.label(record.article().date()));
            default -> List.of("topic " + topicModel.infer(record.article()).topTopic());
          };
      ungrouped += groups.isEmpty() ? 1 : 0;
      counts.add(groups, record.article());
    }
    if (ungrouped > 0 && !verbosity.quiet) {
      err.println(
          "policy-themes: "
              + ungrouped
              + " of "
              + records.size()
              + " articles have no "
              + (per.equals("theme") ? "labels" : "date")
              + ": they count in the corpus only");
    }
    if (counts.groups().isEmpty()) {
      throw new UsageException("no article has a " + per + ": nothing to group");
    }
    Map<String, List<KeyTerm>> terms =
        KeynessAnalyzer.builder().top(top).build().distinctive(counts);
    for (String group : counts.groups().stream().sorted().toList()) {
      print(out, group, terms.get(group));
    }
  }

  private static Progress progress(String stage, long done, long total, long started) {
    return new Progress(
        "keywords",
        stage,
        done,
        total,
        "articles",
        Duration.ofNanos(System.nanoTime() - started),
        "");
  }

  private void print(PrintWriter out, String group, List<KeyTerm> terms) {
    if (format.equals("jsonl")) {
      out.println(KeywordJson.group(group, terms));
    } else {
      out.println("==> " + group + " <==");
      for (KeyTerm term : terms) {
        out.printf(
            Locale.ROOT,
            "  %s %6d  G2 %8.1f  log2 ratio %5.2f%n",
            DisplayWidth.padRight(term.surface(), 30),
            term.groupCount(),
            term.logLikelihood(),
            term.logRatio());
      }
    }
  }
}
