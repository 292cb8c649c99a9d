package io.github.policythemes.topics;

import java.util.List;
import java.util.Objects;

/**
 * What training a topic model gives: the model, the topic distribution of every corpus document,
 * the log-likelihood trace, held-out perplexity, and for a seeded model how its seeds fared.
 * Immutable and thread-safe.
 *
 * @param model the trained model
 * @param documents one distribution per corpus document, in corpus order (held-out documents
 *     inferred with the final model)
 * @param logLikelihood the log-likelihood trace, in iteration order
 * @param heldOutPerplexity the document-completion perplexity on the held-out documents; NaN when
 *     none were held out
 * @param seeds per seeded theme, how many of its keywords occur; empty for an unseeded model
 * @param warnings what the caller should know (themes whose seeds are missing, ...); never dropped
 *     silently
 * @param tokensPerSecond the sampling speed, token samples per second of wall time
 */
public record LdaResult(
    TopicModel model,
    List<DocumentTopics> documents,
    List<LikelihoodPoint> logLikelihood,
    double heldOutPerplexity,
    List<SeedReport> seeds,
    List<String> warnings,
    double tokensPerSecond) {
  /** Validates and copies. */
  public LdaResult {
    Objects.requireNonNull(model, "model");
    documents = List.copyOf(documents);
    logLikelihood = List.copyOf(logLikelihood);
    seeds = List.copyOf(seeds);
    warnings = List.copyOf(warnings);
  }
}
