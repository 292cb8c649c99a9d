package io.github.policythemes.benchmarks;

import io.github.policythemes.article.Article;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's {@code SimpleNaiveBayesClassifier} over an in-memory index of the training articles,
 * single-label. The analyzer is Lucene's {@code CJKAnalyzer}: character bigrams for Korean and
 * Chinese, lower-cased words without stop words for English, so one index serves all three
 * languages, as our model does.
 */
final class LuceneBayesPeer implements DocumentClassifier {
  private static final String TEXT = "text";
  private static final String LABEL = "label";

  private final SimpleNaiveBayesClassifier classifier;

  private LuceneBayesPeer(SimpleNaiveBayesClassifier classifier) {
    this.classifier = classifier;
  }

  static LuceneBayesPeer train(LabelledData data) {
    Analyzer analyzer = new CJKAnalyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (LabelledArticle article : data.articles()) {
        Document document = new Document();
        document.add(new TextField(TEXT, article.article().content(), Field.Store.NO));
        document.add(new StringField(LABEL, Corpus.singleLabel(article), Field.Store.YES));
        writer.addDocument(document);
      }
      writer.commit();
      return new LuceneBayesPeer(
          new SimpleNaiveBayesClassifier(
              DirectoryReader.open(directory), analyzer, null, LABEL, TEXT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object classify(Article article) {
    try {
      return classifier.assignClass(article.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
