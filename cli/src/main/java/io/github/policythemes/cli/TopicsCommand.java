package io.github.policythemes.cli;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.topics.LdaResult;
import io.github.policythemes.topics.LdaTrainer;
import io.github.policythemes.topics.LikelihoodPoint;
import io.github.policythemes.topics.Topic;
import io.github.policythemes.topics.TopicCorpus;
import io.github.policythemes.topics.TopicJson;
import io.github.policythemes.topics.TopicWord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** {@code policy-themes topics}: trains an LDA topic model and writes its topics. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Train a topic model on articles, or infer the topics of new ones (topics infer).",
    description = {
      "Train a topic model (LDA by collapsed Gibbs sampling) on articles and write"
          + " DIR/topics.json (top words with weights and coherence per topic),"
          + " DIR/doc-topics.jsonl (one line per document) and DIR/model.ptt, which"
          + " 'topics infer --model DIR/model.ptt' applies to new articles.",
      "Terms: Nori nouns (Korean; one-syllable nouns dropped but for a short keep list), SmartCN"
          + " words of two or more characters (Chinese), lightly stemmed words (English), without"
          + " each language's stop words and news boilerplate (종합, 속보, 사진, 기자, 연합뉴스,"
          + " 新华社, 记者, Reuters, ...) and the words of --stopwords FILE.",
      "Inputs are read as classify reads them; records that cannot be read are listed on stderr"
          + " (exit code 3)."
    },
    subcommands = {TopicsInferCommand.class})
final class TopicsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--k",
      defaultValue = "20",
      description = "Free topics; with --seeded, on top of one topic per theme.")
  int topics;

  @Option(
      names = "--iterations",
      defaultValue = "500",
      description = "Gibbs sweeps over the corpus.")
  int iterations;

  @Option(
      names = "--seeded",
      paramLabel = "TAXONOMY",
      description =
          "Anchor one topic per theme with the keywords of a taxonomy (id or file; default: no"
              + " seeded topics).")
  String seeded;

  @Mixin ThreadsOption threads;

  @Mixin SeedOption seed;

  @Mixin InputOptions input;

  @Mixin StopWordsOption stopWords;

  @Mixin Verbosity verbosity;

  @Option(names = "--alpha", defaultValue = "0.1", description = "Document-topic prior per topic.")
  double alpha;

  @Option(names = "--beta", defaultValue = "0.01", description = "Topic-word prior per word.")
  double beta;

  @Option(
      names = "--optimize-interval",
      defaultValue = "0",
      description = "Optimise an asymmetric alpha every N sweeps after 100 (0: off).")
  int optimizeInterval;

  @Option(
      names = "--held-out",
      defaultValue = "0",
      description = "Share of documents held out to measure perplexity on.")
  double heldOut;

  @Option(
      names = "--min-df",
      defaultValue = "2",
      description = "Drop terms in fewer documents than this.")
  int minDocumentFrequency;

  @Option(
      names = "--max-df",
      defaultValue = "0.5",
      description = "Drop terms in more than this share of documents.")
  double maxDocumentFraction;

  @Option(
      names = "--top-words",
      defaultValue = "20",
      description = "Top words per topic in topics.json.")
  int topWords;

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (required).")
  Path output;

  @Parameters(paramLabel = "INPUT", description = "Files or folders; - or nothing for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (output == null) {
      throw new UsageException("topics needs --output DIR (or 'topics infer --model FILE')");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "");
    ProgressDisplay display = Main.display(spec, verbosity, problems);
    LdaTrainer.Builder builder =
        LdaTrainer.builder()
            .topics(topics)
            .iterations(iterations)
            .threads(threads.orElse(1))
            .seed(seed.seed)
            .alpha(alpha)
            .beta(beta)
            .heldOutFraction(heldOut)
            .progressListener(display);
    if (optimizeInterval > 0) {
      builder.optimizeInterval(optimizeInterval);
    }
    if (seeded != null) {
      builder.seedTopics(Taxonomy.resolve(seeded));
    }
    LdaTrainer trainer = builder.build();
    InputOptions.Read read =
        InputOptions.readAll(
            InputOptions.open(inputs, input.readOptions(), main.stdin), problems, display);
    if (read.records().isEmpty()) {
      throw new UsageException("no articles to train on");
    }
    TopicCorpus.Builder corpusBuilder =
        TopicCorpus.builder()
            .minDocumentFrequency(minDocumentFrequency)
            .maxDocumentFraction(maxDocumentFraction)
            .progressListener(display);
    stopWords.applyTo(corpusBuilder);
    TopicCorpus corpus =
        corpusBuilder.build(read.records().stream().map(ArticleRecord::article).toList());
    LdaResult result = trainer.train(corpus);
    display.close();
    if (!verbosity.quiet) {
      result.warnings().forEach(w -> err.println("policy-themes: warning: " + w));
    }
    Files.createDirectories(output);
    TopicJson.writeTopics(trainer, corpus, result, topWords, output.resolve("topics.json"));
    TopicJson.writeDocuments(result.documents(), output.resolve("doc-topics.jsonl"));
    result.model().save(output.resolve("model.ptt"));
    summary(out, result, corpus);
    out.flush();
    return read.rejected() == 0 ? Main.OK : Main.PARTIAL;
  }

  private void summary(PrintWriter out, LdaResult result, TopicCorpus corpus) {
    out.printf(
        Locale.ROOT,
        "%d documents, %d tokens, %d terms; %d topics, %d iterations, %d thread(s):"
            + " %.1fM token samples/s%n",
        corpus.documents(),
        corpus.tokens(),
        corpus.vocabularySize(),
        result.model().numTopics(),
        iterations,
        threads.orElse(1),
        result.tokensPerSecond() / 1e6);
    LikelihoodPoint last = result.logLikelihood().get(result.logLikelihood().size() - 1);
    out.printf(
        Locale.ROOT, "log-likelihood %.1f (%.4f per token)", last.logLikelihood(), last.perToken());
    if (!Double.isNaN(result.heldOutPerplexity())) {
      out.printf(Locale.ROOT, ", held-out perplexity %.1f", result.heldOutPerplexity());
    }
    out.println();
    for (Topic topic : result.model().topics(10)) {
      out.printf(
          Locale.ROOT,
          "topic %2d%s %5.1f%%  NPMI %5.2f  %s%n",
          topic.index(),
          topic.isSeeded() ? " [" + topic.themeId() + "]" : "",
          100 * topic.share(),
          topic.npmi(),
          String.join(", ", topic.words().stream().map(TopicWord::surface).toList()));
    }
    out.println("wrote " + output.resolve("topics.json") + ", doc-topics.jsonl, model.ptt");
  }

  /** Reads a stop-word file: words separated by blanks or lines, {@code #} starts a comment. */
  static List<String> readStopWords(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such stop-word file: " + file);
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.strip().startsWith("#"))
        .flatMap(line -> List.of(line.strip().split("\\s+")).stream())
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
