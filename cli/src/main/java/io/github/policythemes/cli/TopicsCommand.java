package io.github.policythemes.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.topics.DocumentTopics;
import io.github.policythemes.topics.LdaResult;
import io.github.policythemes.topics.LdaTrainer;
import io.github.policythemes.topics.LikelihoodPoint;
import io.github.policythemes.topics.SeedReport;
import io.github.policythemes.topics.Topic;
import io.github.policythemes.topics.TopicCorpus;
import io.github.policythemes.topics.TopicWord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes topics}: trains an LDA topic model and writes its topics. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Train a topic model (LDA by collapsed Gibbs sampling) on articles and write",
      "DIR/topics.json (top words with weights and coherence per topic),",
      "DIR/doc-topics.jsonl (one line per document) and DIR/model.ptt.",
      "Inputs: JSONL files (.jsonl, one article per line with text or body, and optionally",
      "id, title, lang, date) or plain-text files and folders (one article per file)."
    })
final class TopicsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--k",
      defaultValue = "20",
      description = "Free topics; with --seeded, on top of one topic per theme (default: 20).")
  int topics;

  @Option(
      names = "--iterations",
      defaultValue = "500",
      description = "Gibbs sweeps over the corpus (default: 500).")
  int iterations;

  @Option(
      names = "--seeded",
      paramLabel = "TAXONOMY",
      description = "Anchor one topic per theme with the keywords of a taxonomy (id or file).")
  String seeded;

  @Option(names = "--threads", defaultValue = "1", description = "Sampling threads (default: 1).")
  int threads;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
  long seed;

  @Option(
      names = "--alpha",
      defaultValue = "0.1",
      description = "Document-topic prior per topic (default: 0.1).")
  double alpha;

  @Option(
      names = "--beta",
      defaultValue = "0.01",
      description = "Topic-word prior per word (default: 0.01).")
  double beta;

  @Option(
      names = "--optimize-interval",
      defaultValue = "0",
      description = "Optimise an asymmetric alpha every N sweeps after 100 (default: 0, off).")
  int optimizeInterval;

  @Option(
      names = "--held-out",
      defaultValue = "0",
      description = "Share of documents held out to measure perplexity on (default: 0).")
  double heldOut;

  @Option(
      names = "--min-df",
      defaultValue = "2",
      description = "Drop terms in fewer documents than this (default: 2).")
  int minDocumentFrequency;

  @Option(
      names = "--max-df",
      defaultValue = "0.5",
      description = "Drop terms in more than this share of documents (default: 0.5).")
  double maxDocumentFraction;

  @Option(
      names = "--top-words",
      defaultValue = "20",
      description = "Top words per topic in topics.json (default: 20).")
  int topWords;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Parameters(paramLabel = "INPUT", description = "JSONL or text files or folders; - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LdaTrainer.Builder builder =
        LdaTrainer.builder()
            .topics(topics)
            .iterations(iterations)
            .threads(threads)
            .seed(seed)
            .alpha(alpha)
            .beta(beta)
            .heldOutFraction(heldOut);
    if (optimizeInterval > 0) {
      builder.optimizeInterval(optimizeInterval);
    }
    if (seeded != null) {
      builder.seedTopics(Taxonomy.resolve(seeded));
    }
    LdaTrainer trainer = builder.build();
    ArticleInputs read = ArticleInputs.read(inputs, main.stdin, err);
    if (read.inputs.isEmpty()) {
      throw new UsageException("no articles to train on");
    }
    TopicCorpus corpus =
        TopicCorpus.builder()
            .minDocumentFrequency(minDocumentFrequency)
            .maxDocumentFraction(maxDocumentFraction)
            .build(read.articles());
    LdaResult result = trainer.train(corpus);
    result.warnings().forEach(w -> err.println("policy-themes: warning: " + w));
    Files.createDirectories(output);
    writeTopics(result, corpus, output.resolve("topics.json"));
    writeDocuments(result.documents(), output.resolve("doc-topics.jsonl"));
    result.model().save(output.resolve("model.ptt"));
    summary(out, result, corpus);
    out.flush();
    return read.failed == 0 ? Main.OK : Main.PARTIAL;
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
        threads,
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

  private void writeTopics(LdaResult result, TopicCorpus corpus, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode model = root.putObject("model");
    model.put("topics", result.model().numTopics());
    model.put("iterations", iterations);
    model.put("threads", threads);
    model.put("seed", seed);
    model.put("beta", beta);
    ArrayNode alphas = model.putArray("alpha");
    result.model().alpha().forEach(alphas::add);
    model.put("documents", corpus.documents());
    model.put("tokens", corpus.tokens());
    model.put("vocabulary", corpus.vocabularySize());
    if (seeded != null) {
      model.put("seeded", seeded);
    }
    number(model, "heldOutPerplexity", result.heldOutPerplexity());
    model.put("tokensPerSecond", Math.round(result.tokensPerSecond()));
    ArrayNode topicsNode = root.putArray("topics");
    for (Topic topic : result.model().topics(topWords)) {
      ObjectNode node = topicsNode.addObject();
      node.put("index", topic.index());
      if (topic.isSeeded()) {
        node.put("theme", topic.themeId());
      }
      node.put("share", round(topic.share()));
      ObjectNode coherence = node.putObject("coherence");
      number(coherence, "umass", topic.umass());
      number(coherence, "npmi", topic.npmi());
      ArrayNode words = node.putArray("words");
      for (TopicWord word : topic.words()) {
        words
            .addObject()
            .put("word", word.surface())
            .put("term", word.term())
            .put("weight", round(word.weight()));
      }
    }
    ArrayNode trace = root.putArray("logLikelihood");
    for (LikelihoodPoint point : result.logLikelihood()) {
      trace
          .addObject()
          .put("iteration", point.iteration())
          .put("logLikelihood", point.logLikelihood())
          .put("perToken", point.perToken());
    }
    ArrayNode seeds = root.putArray("seeds");
    for (SeedReport report : result.seeds()) {
      ObjectNode node = seeds.addObject();
      node.put("theme", report.themeId())
          .put("topic", report.topic())
          .put("keywords", report.keywords())
          .put("found", report.found());
      ArrayNode terms = node.putArray("seedTerms");
      report.seedTerms().forEach(terms::add);
      ArrayNode missing = node.putArray("missing");
      report.missing().forEach(missing::add);
    }
    ArrayNode warnings = root.putArray("warnings");
    result.warnings().forEach(warnings::add);
    json.writeValue(file.toFile(), root);
  }

  private static void writeDocuments(List<DocumentTopics> documents, Path file) throws IOException {
    JsonFactory factory =
        JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (DocumentTopics document : documents) {
        try (JsonGenerator json = factory.createGenerator(writer)) {
          json.writeStartObject();
          json.writeStringField("id", document.id());
          json.writeArrayFieldStart("topics");
          for (double p : document.toArray()) {
            json.writeNumber(round(p));
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        writer.write('\n');
      }
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
