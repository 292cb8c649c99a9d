package io.github.policythemes.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a topic corpus or model: analysed term, the surface form a person reads, and the
 * document frequency in the training corpus. Immutable.
 */
final class Vocabulary {
  private final String[] terms;
  private final String[] surfaces;
  private final int[] documentFrequency;
  private final Map<String, Integer> index;

  Vocabulary(String[] terms, String[] surfaces, int[] documentFrequency) {
    if (terms.length != surfaces.length || terms.length != documentFrequency.length) {
      throw new IllegalArgumentException("vocabulary arrays differ in length");
    }
    this.terms = terms.clone();
    this.surfaces = surfaces.clone();
    this.documentFrequency = documentFrequency.clone();
    this.index = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      if (index.put(terms[i], i) != null) {
        throw new IllegalArgumentException("vocabulary term '" + terms[i] + "' appears twice");
      }
    }
  }

  int size() {
    return terms.length;
  }

  /** Returns the id of a term, or -1 when it is not in the vocabulary. */
  int id(String term) {
    Integer id = index.get(term);
    return id == null ? -1 : id;
  }

  String term(int id) {
    return terms[id];
  }

  String surface(int id) {
    return surfaces[id];
  }

  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  List<String> terms() {
    return List.of(terms);
  }
}
