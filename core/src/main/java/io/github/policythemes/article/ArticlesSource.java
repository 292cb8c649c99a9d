package io.github.policythemes.article;

import java.util.Iterator;

/** Serves articles from an iterator. Not thread-safe. */
final class ArticlesSource implements RecordSource {
  static final String NAME = "articles";

  private final Iterator<Article> articles;
  private long count;

  ArticlesSource(Iterator<Article> articles) {
    this.articles = articles;
  }

  @Override
  public InputRecord next() {
    if (!articles.hasNext()) {
      return null;
    }
    Article article = articles.next();
    count++;
    if (article.id().isEmpty()) {
      article =
          new Article(
              NAME + ":" + count,
              article.title(),
              article.text(),
              article.language(),
              article.date());
    }
    return new ArticleRecord(article, NAME, count, null);
  }

  @Override
  public void close() {}
}
