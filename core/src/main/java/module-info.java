/**
 * policy-themes core: reads English, Korean and Chinese articles, says which policy themes they are
 * about and why, and analyses topics, keywords and trends. Everything needed to use a model.
 *
 * <p>Every package exported here is API; the plumbing inside them (the UTF-8 decoder, the line and
 * CSV readers, the bundle's manifest tree, the batch pipeline's queues) is package-private. The one
 * package that is not API, {@code internal} (the builders' argument and state checks), is exported
 * only to the project's training module.
 */
// The training module is an automatic module built after this one (hence "module"), and OpenNLP
// has no module descriptor yet (hence "requires-*automatic").
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.policythemes.core {
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.nori;
  requires org.apache.lucene.analysis.smartcn;
  requires org.apache.lucene.analysis.kuromoji;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.queries;
  // DoccatThemeClassifier.of takes OpenNLP's DoccatModel
  requires transitive org.apache.opennlp.tools;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.carrotsearch.hppc;
  requires java.desktop;

  exports io.github.policythemes;
  exports io.github.policythemes.analysis;
  exports io.github.policythemes.article;
  exports io.github.policythemes.batch;
  exports io.github.policythemes.bundle;
  exports io.github.policythemes.classify;
  exports io.github.policythemes.eval;
  exports io.github.policythemes.features;
  exports io.github.policythemes.index;
  exports io.github.policythemes.keywords;
  exports io.github.policythemes.taxonomy;
  exports io.github.policythemes.topics;
  exports io.github.policythemes.trends;
  exports io.github.policythemes.internal to
      io.github.policythemes.training;
}
