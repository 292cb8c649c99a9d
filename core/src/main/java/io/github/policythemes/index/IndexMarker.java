package io.github.policythemes.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.PolicyThemes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What every commit of a theme index says about itself (Lucene's commit user data): that it is a
 * policy-themes archive, its schema version, the library version that wrote it, the model that
 * classified it, and whether a reindex to that model is still under way.
 *
 * @param schema the schema version
 * @param writtenBy the policy-themes version of the last writer
 * @param model the model of the articles (during a reindex: the model being reindexed to)
 * @param reindexing whether a reindex to {@link #model()} did not finish
 */
record IndexMarker(int schema, String writtenBy, IndexedModel model, boolean reindexing) {
  static final String KIND_KEY = "policy-themes.kind";
  static final String KIND = "theme-index";
  static final String SCHEMA_KEY = "policy-themes.schema";
  static final String VERSION_KEY = "policy-themes.version";
  static final String MODEL_KEY = "policy-themes.model";
  static final String REINDEX_KEY = "policy-themes.reindexing";

  private static final ObjectMapper JSON = new ObjectMapper();

  static IndexMarker current(IndexedModel model, boolean reindexing) {
    return new IndexMarker(ArchiveSchema.VERSION, PolicyThemes.version(), model, reindexing);
  }

  Map<String, String> userData() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(KIND_KEY, KIND);
    data.put(SCHEMA_KEY, Integer.toString(schema));
    data.put(VERSION_KEY, writtenBy);
    try {
      data.put(MODEL_KEY, JSON.writeValueAsString(model));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the model record", e);
    }
    data.put(REINDEX_KEY, Boolean.toString(reindexing));
    return data;
  }

  /**
   * Reads and checks the marker of the last commit in a folder.
   *
   * @throws IndexFormatException if there is no index, or not one this version can read
   */
  static IndexMarker read(Directory directory, Path folder) throws IOException {
    String name = folder.toString();
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexNotFoundException e) {
      throw new IndexFormatException(name, "no index here (create one with policy-themes index)");
    } catch (IndexFormatTooNewException e) {
      throw new IndexFormatException(
          name, "the index was written by a newer Lucene, so by a newer policy-themes: upgrade", e);
    } catch (IndexFormatTooOldException e) {
      throw new IndexFormatException(
          name, "the index was written by a Lucene too old to read: index the articles again", e);
    } catch (CorruptIndexException e) {
      throw new IndexFormatException(name, "the index is damaged: " + e.getMessage(), e);
    }
    return parse(data, name);
  }

  static IndexMarker parse(Map<String, String> data, String name) throws IndexFormatException {
    if (!KIND.equals(data.get(KIND_KEY))) {
      throw new IndexFormatException(
          name, "a Lucene index, but not a policy-themes theme index (no " + KIND_KEY + " marker)");
    }
    String writtenBy = data.getOrDefault(VERSION_KEY, "unknown");
    int schema;
    try {
      schema = Integer.parseInt(data.getOrDefault(SCHEMA_KEY, ""));
    } catch (NumberFormatException e) {
      throw new IndexFormatException(name, "the schema version is missing or not a number", e);
    }
    if (schema > ArchiveSchema.VERSION) {
      throw new IndexFormatException(
          name,
          "index schema "
              + schema
              + " was written by policy-themes "
              + writtenBy
              + "; this version ("
              + PolicyThemes.version()
              + ") reads schema "
              + ArchiveSchema.VERSION
              + ": upgrade policy-themes");
    }
    if (schema != ArchiveSchema.VERSION) {
      throw new IndexFormatException(
          name,
          "index schema "
              + schema
              + " (policy-themes "
              + writtenBy
              + ") is not schema "
              + ArchiveSchema.VERSION
              + ", which this version reads: index the articles again into a new folder");
    }
    IndexedModel model;
    try {
      model = JSON.readValue(data.getOrDefault(MODEL_KEY, ""), IndexedModel.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new IndexFormatException(name, "the model record is missing or damaged", e);
    }
    return new IndexMarker(
        schema, writtenBy, model, Boolean.parseBoolean(data.getOrDefault(REINDEX_KEY, "false")));
  }
}
