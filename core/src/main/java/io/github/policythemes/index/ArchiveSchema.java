package io.github.policythemes.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * The fields of an archived article (schema {@value #VERSION}), and the conversions between an
 * article with its classification and a Lucene document.
 *
 * <pre>
 * id             StringField, stored               the key of update and delete
 * seq            NumericDocValues                  the order articles were indexed in
 * lang           StringField, stored; facet        the language the article was analysed as
 * title.LANG     text, positions                   the title, by the language's words chain
 * content.LANG   text, positions and offsets       title and text, by the words chain; snippets
 * title, text    stored                            as read
 * date           LongPoint, NumericDocValues,      epoch day
 *                stored
 * month          facet                             2024-03 (quarters and years are sums)
 * theme          StringField; facet                each assigned theme
 * theme_month    facet theme / month               the trend series
 * theme_score    FeatureField, one per theme       ranks by a theme's score
 * score.THEME    FloatPoint                        minimum-score filters
 * themes         stored JSON                       every theme's id, label, score, assigned
 * model          StringField, stored               the id of the model that classified it
 * source, line   stored                            where it was read
 * meta           stored JSON                       the record's other fields, when kept
 * </pre>
 *
 * Thread-safe (no state).
 */
final class ArchiveSchema {
  /** The schema version this code writes and reads. */
  static final int VERSION = 1;

  static final String ID = "id";
  static final String SEQ = "seq";
  static final String LANG = "lang";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String CONTENT_PREFIX = "content.";
  static final String TITLE_PREFIX = "title.";
  static final String DATE = "date";
  static final String MONTH = "month";
  static final String THEME = "theme";
  static final String THEME_MONTH = "theme_month";
  static final String THEME_SCORE = "theme_score";
  static final String SCORE_PREFIX = "score.";
  static final String THEMES = "themes";
  static final String MODEL = "model";
  static final String SOURCE = "source";
  static final String LINE = "line";
  static final String META = "meta";

  /** Feature values below this are not indexed: FeatureField needs positive normal floats. */
  static final float MIN_FEATURE = 1e-6f;

  /** The longest id accepted: ids are terms, and Lucene limits a term to 32,766 UTF-8 bytes. */
  static final int MAX_ID_LENGTH = 1000;

  private static final JsonFactory JSON = new JsonFactory();

  static final FacetsConfig FACETS = facetsConfig();

  private static final FieldType CONTENT_TYPE = contentType();

  private ArchiveSchema() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(THEME, true);
    config.setHierarchical(THEME_MONTH, true);
    config.setMultiValued(THEME_MONTH, true);
    for (String dim : List.of(LANG, MONTH, THEME, THEME_MONTH)) {
      // filters use the plain fields; drill-down terms would only add to the index
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  private static FieldType contentType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static String contentField(String lang) {
    return CONTENT_PREFIX + lang;
  }

  static String titleField(String lang) {
    return TITLE_PREFIX + lang;
  }

  static String monthLabel(LocalDate date) {
    return Period.MONTH.label(date);
  }

  /**
   * Makes the document of an article.
   *
   * @throws IllegalArgumentException if the id is too long or a theme is not the model's
   */
  static Document document(
      Article article,
      Classification classification,
      String source,
      long line,
      String meta,
      IndexedModel model,
      long seq) {
    String id = article.id();
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "id is " + id.length() + " chars long, at most " + MAX_ID_LENGTH + " can be indexed");
    }
    String lang = classification.language().code();
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new NumericDocValuesField(SEQ, seq));
    doc.add(new StringField(LANG, lang, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(LANG, lang));
    if (!article.title().isEmpty()) {
      doc.add(new Field(titleField(lang), article.title(), TextField.TYPE_NOT_STORED));
    }
    doc.add(new Field(contentField(lang), article.content(), CONTENT_TYPE));
    doc.add(new StoredField(TITLE, article.title()));
    doc.add(new StoredField(TEXT, article.text()));
    String month = null;
    if (article.date() != null) {
      long day = article.date().toEpochDay();
      month = monthLabel(article.date());
      doc.add(new LongPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new SortedSetDocValuesFacetField(MONTH, month));
    }
    for (ThemeScore score : classification.scores()) {
      String theme = score.themeId();
      if (!model.themeIds().contains(theme)) {
        throw new IllegalArgumentException(
            "theme '" + theme + "' is not one of model " + model.id() + "'s themes");
      }
      float value = (float) score.score();
      if (score.assigned()) {
        doc.add(new StringField(THEME, theme, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(THEME, theme));
        if (month != null) {
          doc.add(new SortedSetDocValuesFacetField(THEME_MONTH, theme, month));
        }
      }
      if (value >= MIN_FEATURE) {
        doc.add(new FeatureField(THEME_SCORE, theme, value));
      }
      doc.add(new FloatPoint(SCORE_PREFIX + theme, value));
    }
    doc.add(new StoredField(THEMES, themesJson(classification.scores())));
    doc.add(new StringField(MODEL, model.id(), Field.Store.YES));
    doc.add(new StoredField(SOURCE, source));
    doc.add(new StoredField(LINE, line));
    if (meta != null) {
      doc.add(new StoredField(META, meta));
    }
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("facets of " + id, e);
    }
  }

  /** Reads an article back from its stored fields. */
  static IndexedArticle article(Document stored) {
    IndexableField date = stored.getField(DATE);
    IndexableField line = stored.getField(LINE);
    return new IndexedArticle(
        stored.get(ID),
        nonNull(stored.get(TITLE)),
        nonNull(stored.get(TEXT)),
        stored.get(LANG),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()).toString(),
        themes(nonNull(stored.get(THEMES))),
        nonNull(stored.get(SOURCE)),
        line == null ? 0 : line.numericValue().longValue(),
        stored.get(META),
        nonNull(stored.get(MODEL)));
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  static String themesJson(List<ThemeScore> scores) {
    StringWriter out = new StringWriter(scores.size() * 64);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (ThemeScore score : scores) {
        json.writeStartArray();
        json.writeString(score.themeId());
        json.writeString(score.label());
        json.writeNumber(score.score());
        json.writeBoolean(score.assigned());
        json.writeEndArray();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<ThemeScore> themes(String json) {
    List<ThemeScore> scores = new ArrayList<>();
    if (json.isEmpty()) {
      return scores;
    }
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        String id = parser.nextTextValue();
        String label = parser.nextTextValue();
        parser.nextToken();
        double score = parser.getDoubleValue();
        parser.nextToken();
        boolean assigned = parser.getBooleanValue();
        parser.nextToken();
        scores.add(new ThemeScore(id, label, score, assigned));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored themes are damaged: " + json, e);
    }
    return scores;
  }

  /** The language whose words chain analyses a content or title field. */
  static Language fieldLanguage(String field) {
    int dot = field.indexOf('.');
    return Language.fromCodeOrOther(field.substring(dot + 1));
  }
}
