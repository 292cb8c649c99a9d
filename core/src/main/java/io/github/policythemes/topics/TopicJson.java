package io.github.policythemes.topics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what topic training gives as JSON: {@code topics.json} (the model's settings, every topic
 * with its top words, weights and coherence, the log-likelihood trace, the seed report, the
 * warnings) and {@code doc-topics.jsonl} (one line per document: its id and topic distribution).
 * Probabilities and weights are rounded to 6 decimals; a value that was not measured is {@code
 * null}. Thread-safe (no state).
 *
 * <pre>{@code
 * LdaResult result = trainer.train(corpus);
 * TopicJson.writeTopics(trainer, corpus, result, 20, Path.of("out/topics.json"));
 * TopicJson.writeDocuments(result.documents(), Path.of("out/doc-topics.jsonl"));
 * }</pre>
 */
public final class TopicJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonFactory LINES =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private TopicJson() {}

  /**
   * Writes {@code topics.json}.
   *
   * @param trainer the trainer that made the result (its settings go in {@code model})
   * @param corpus the corpus it was trained on
   * @param result the training result
   * @param topWords how many words per topic
   * @param file the file to write
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if topWords is less than 1
   */
  public static void writeTopics(
      LdaTrainer trainer, TopicCorpus corpus, LdaResult result, int topWords, Path file)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    model(root.putObject("model"), trainer, corpus, result);
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
    JSON.writeValue(file.toFile(), root);
  }

  private static void model(
      ObjectNode model, LdaTrainer trainer, TopicCorpus corpus, LdaResult result) {
    model.put("topics", result.model().numTopics());
    model.put("iterations", trainer.iterations);
    model.put("threads", trainer.threads);
    model.put("seed", trainer.seed);
    model.put("beta", trainer.beta);
    ArrayNode alphas = model.putArray("alpha");
    result.model().alpha().forEach(alphas::add);
    model.put("documents", corpus.documents());
    model.put("tokens", corpus.tokens());
    model.put("vocabulary", corpus.vocabularySize());
    if (trainer.seedTaxonomy != null) {
      model.put("seeded", trainer.seedTaxonomy.id());
    }
    number(model, "heldOutPerplexity", result.heldOutPerplexity());
    model.put("tokensPerSecond", Math.round(result.tokensPerSecond()));
  }

  /**
   * Writes {@code doc-topics.jsonl}: per document, in corpus order, {@code {"id": ..., "topics":
   * [p0, p1, ...]}}.
   *
   * @param documents the documents' topic distributions
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public static void writeDocuments(List<DocumentTopics> documents, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (DocumentTopics document : documents) {
        writeDocument(document, writer);
      }
    }
  }

  /**
   * Writes one line of {@code doc-topics.jsonl}: {@code {"id": ..., "topics": [p0, p1, ...]}} and a
   * line break, for a caller that streams them (topics of new articles).
   *
   * @param document the document's topic distribution
   * @param writer where to write; not closed
   * @throws IOException if the writer fails
   */
  public static void writeDocument(DocumentTopics document, Writer writer) throws IOException {
    try (JsonGenerator json = LINES.createGenerator(writer)) {
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
