package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import java.util.AbstractList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 100,000 short documents must fit in 1 GB of heap (surefire runs with -Xmx1g). */
@Tag("slow")
class LargeCorpusTest {
  static final int DOCUMENTS = 100_000;
  static final int WORDS = 40;

  /** Articles made on demand, so only the corpus and the model take memory. */
  static final class Articles extends AbstractList<Article> {
    @Override
    public Article get(int index) {
      SplittableRandom random = new SplittableRandom(index);
      int topic = index % 50;
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < WORDS; i++) {
        int word =
            random.nextInt(4) == 0 ? random.nextInt(20_000) : topic * 100 + random.nextInt(100);
        text.append(name(word)).append(' ');
      }
      return new Article("doc-" + index, "", text.toString(), Language.EN, null);
    }

    @Override
    public int size() {
      return DOCUMENTS;
    }

    private static String name(int word) {
      StringBuilder name = new StringBuilder("k");
      for (int w = word; w > 0 || name.length() < 3; w /= 26) {
        name.append((char) ('a' + w % 26));
      }
      return name.append('z').toString();
    }
  }

  @Test
  void train_hundredThousandShortDocuments_fitsInOneGigabyte() {
    assumeTrue(Runtime.getRuntime().maxMemory() <= 1100L << 20, "run with -Xmx1g");
    TopicCorpus corpus = TopicCorpus.builder().build(new Articles());
    assertThat(corpus.documents()).isEqualTo(DOCUMENTS);
    assertThat(corpus.tokens()).isGreaterThan(DOCUMENTS * WORDS * 9 / 10);
    LdaResult result =
        LdaTrainer.builder().topics(50).iterations(20).threads(2).build().train(corpus);
    assertThat(result.documents()).hasSize(DOCUMENTS);
    assertThat(result.model().topics()).hasSize(50);
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "100k documents, %d tokens, %d terms: heap used %d MB of %d MB%n",
        corpus.tokens(),
        corpus.vocabularySize(),
        (runtime.totalMemory() - runtime.freeMemory()) >> 20,
        runtime.maxMemory() >> 20);
  }
}
