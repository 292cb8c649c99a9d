package io.github.policythemes.batch;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.Thresholds;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The keyword classifier with a random delay per article (so workers finish out of order), a text
 * that makes it throw, and a count of the articles being classified at once.
 */
final class TestClassifier implements ThemeClassifier {
  static final ThemeClassifier KEYWORDS =
      ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance"));

  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger classified = new AtomicInteger();
  private final long maxDelayNanos;

  TestClassifier(long maxDelayNanos) {
    this.maxDelayNanos = maxDelayNanos;
  }

  @Override
  public Classification classify(Article article) {
    running.incrementAndGet();
    try {
      if (article.text().contains("boom")) {
        throw new IllegalStateException("boom in " + article.id());
      }
      if (article.text().contains("impossible array")) {
        // a real OutOfMemoryError: "Requested array size exceeds VM limit"
        long[] huge = new long[Integer.MAX_VALUE];
        return KEYWORDS.classify(Article.of(article.id(), "" + huge.length));
      }
      if (article.text().contains("recurse")) {
        return recurse(article, 0);
      }
      if (article.text().contains("hang")) {
        while (!Thread.currentThread().isInterrupted()) {
          LockSupport.parkNanos(1_000_000_000L);
        }
        // interrupted by the timeout: this late result is dropped by the batch
      }
      if (maxDelayNanos > 0) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxDelayNanos));
      }
      classified.incrementAndGet();
      return KEYWORDS.classify(article);
    } finally {
      running.decrementAndGet();
    }
  }

  private Classification recurse(Article article, int depth) {
    return depth < 0 ? KEYWORDS.classify(article) : recurse(article, depth + 1);
  }

  @Override
  public Explanation explain(Article article) {
    return KEYWORDS.explain(article);
  }

  @Override
  public ThemeClassifier withThresholds(Thresholds thresholds) {
    throw new UnsupportedOperationException("a test double");
  }

  @Override
  public double[] thresholds() {
    return KEYWORDS.thresholds();
  }

  @Override
  public Taxonomy taxonomy() {
    return KEYWORDS.taxonomy();
  }

  @Override
  public ModelMetadata metadata() {
    return KEYWORDS.metadata();
  }
}
