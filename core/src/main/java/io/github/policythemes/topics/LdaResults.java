package io.github.policythemes.topics;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.classify.ModelMetadata;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a finished sampler into an {@link LdaResult}: the model, coherence, document topics. */
final class LdaResults {
  private final LdaTrainer trainer;

  LdaResults(LdaTrainer trainer) {
    this.trainer = trainer;
  }

  LdaResult finish(
      TopicCorpus corpus,
      Training training,
      GibbsSampler sampler,
      Seeds.Plan plan,
      List<LikelihoodPoint> trace,
      double speed,
      int k) {
    String[] themeIds = new String[k];
    Arrays.fill(themeIds, "");
    if (trainer.seedTaxonomy != null) {
      for (int t = 0; t < trainer.seedTaxonomy.themes().size(); t++) {
        themeIds[t] = trainer.seedTaxonomy.themes().get(t).id();
      }
    }
    double[] none = new double[k];
    Arrays.fill(none, Double.NaN);
    TopicModel draft =
        new TopicModel(
            corpus.vocabulary,
            sampler.alpha,
            trainer.beta,
            plan.prior(),
            sampler.nwt,
            themeIds,
            none,
            none,
            trainer.seed,
            metadata(corpus, trace, Double.NaN, none, none));
    int[][] top = new int[k][];
    for (int t = 0; t < k; t++) {
      top[t] = draft.topWordIds(t, Coherence.TOP_WORDS);
    }
    double[][] coherence =
        Coherence.measure(top, training.words(), training.docStart(), corpus.vocabularySize());
    List<int[]> heldOutTokens = new ArrayList<>();
    for (int d = 0; d < corpus.documents(); d++) {
      if (training.index()[d] < 0) {
        heldOutTokens.add(
            Arrays.copyOfRange(corpus.words, corpus.docStart[d], corpus.docStart[d + 1]));
      }
    }
    double perplexity =
        heldOutTokens.isEmpty() ? Double.NaN : draft.completionPerplexity(heldOutTokens);
    TopicModel model =
        new TopicModel(
            corpus.vocabulary,
            sampler.alpha,
            trainer.beta,
            plan.prior(),
            sampler.nwt,
            themeIds,
            coherence[0],
            coherence[1],
            trainer.seed,
            metadata(corpus, trace, perplexity, coherence[0], coherence[1]));
    List<DocumentTopics> documents = new ArrayList<>(corpus.documents());
    double alphaSum = Arrays.stream(sampler.alpha).sum();
    for (int d = 0; d < corpus.documents(); d++) {
      int index = training.index()[d];
      double[] theta;
      if (index >= 0) {
        int[] counts = sampler.documentCounts(index);
        int length = corpus.length(d);
        theta = new double[k];
        for (int t = 0; t < k; t++) {
          theta[t] = (counts[t] + sampler.alpha[t]) / (length + alphaSum);
        }
      } else {
        theta =
            model.theta(
                Arrays.copyOfRange(corpus.words, corpus.docStart[d], corpus.docStart[d + 1]),
                TopicModel.INFERENCE_ITERATIONS);
      }
      documents.add(new DocumentTopics(corpus.ids[d], normalise(theta)));
    }
    return new LdaResult(
        model, documents, trace, perplexity, plan.reports(), plan.warnings(), speed);
  }

  private static double[] normalise(double[] theta) {
    double sum = 0;
    for (double p : theta) {
      sum += p;
    }
    for (int t = 0; t < theta.length; t++) {
      theta[t] /= sum;
    }
    return theta;
  }

  private ModelMetadata metadata(
      TopicCorpus corpus,
      List<LikelihoodPoint> trace,
      double perplexity,
      double[] umass,
      double[] npmi) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("topics", Integer.toString(trainer.topics));
    parameters.put("iterations", Integer.toString(trainer.iterations));
    parameters.put("alpha", Double.toString(trainer.alpha));
    parameters.put("beta", Double.toString(trainer.beta));
    parameters.put("threads", Integer.toString(trainer.threads));
    parameters.put("seed", Long.toString(trainer.seed));
    parameters.put("optimizeInterval", Integer.toString(trainer.optimizeInterval));
    parameters.put("burnIn", Integer.toString(trainer.burnIn));
    parameters.put("heldOutFraction", Double.toString(trainer.heldOutFraction));
    if (trainer.seedTaxonomy != null) {
      parameters.put(
          "seedTaxonomy", trainer.seedTaxonomy.id() + " v" + trainer.seedTaxonomy.version());
      parameters.put("seedStrength", Double.toString(trainer.seedStrength));
    }
    Map<String, String> analysis = new LinkedHashMap<>();
    analysis.put("chain", "nouns");
    analysis.put("minDocumentFrequency", Integer.toString(corpus.minDocumentFrequency()));
    analysis.put("maxDocumentFraction", Double.toString(corpus.maxDocumentFraction()));
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (!trace.isEmpty()) {
      metrics.put("logLikelihood", trace.get(trace.size() - 1).logLikelihood());
      metrics.put("logLikelihoodPerToken", trace.get(trace.size() - 1).perToken());
    }
    metrics.put("heldOutPerplexity", perplexity);
    metrics.put("meanUMass", Arrays.stream(umass).average().orElse(Double.NaN));
    metrics.put("meanNpmi", Arrays.stream(npmi).average().orElse(Double.NaN));
    return new ModelMetadata(
        0,
        PolicyThemes.version(),
        null, // no creation time: the same corpus and seed give the same .ptt bytes
        trainer.seedTaxonomy == null ? "lda" : "seeded-lda",
        parameters,
        analysis,
        corpus.documents(),
        digest(corpus),
        metrics,
        Map.of());
  }

  private static String digest(TopicCorpus corpus) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String id : corpus.ids) {
        sha.update(id.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      ByteBuffer buffer = ByteBuffer.allocate(4 * 4096);
      for (int i = 0; i < corpus.words.length; i++) {
        if (!buffer.hasRemaining()) {
          sha.update(buffer.flip());
          buffer.clear();
        }
        buffer.putInt(corpus.words[i]);
      }
      sha.update(buffer.flip());
      for (String term : corpus.vocabulary.terms()) {
        sha.update(term.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The training documents of a corpus, as one token array, and where each document went. */
  record Training(int[] words, int[] docStart, int[] index) {
    static Training of(TopicCorpus corpus, boolean[] heldOut) {
      int documents = corpus.documents();
      int[] index = new int[documents];
      int kept = 0;
      int tokens = 0;
      for (int d = 0; d < documents; d++) {
        index[d] = heldOut[d] ? -1 : kept++;
        tokens += heldOut[d] ? 0 : corpus.length(d);
      }
      if (kept == documents) {
        return new Training(corpus.words, corpus.docStart, index);
      }
      int[] words = new int[tokens];
      int[] docStart = new int[kept + 1];
      int at = 0;
      for (int d = 0; d < documents; d++) {
        if (index[d] >= 0) {
          docStart[index[d]] = at;
          int length = corpus.length(d);
          System.arraycopy(corpus.words, corpus.docStart[d], words, at, length);
          at += length;
        }
      }
      docStart[kept] = at;
      return new Training(words, docStart, index);
    }
  }
}
