/**
 * Articles and everything that reads them: {@link io.github.policythemes.article.Article}, and
 * {@link io.github.policythemes.article.RecordSource}, the one reader behind every command and
 * every capability of the library.
 *
 * <p>A {@link io.github.policythemes.article.RecordSource} reads JSONL, CSV (RFC 4180, with a
 * header), plain-text files, folders, streams (gzip too) or the caller's own articles, one record
 * at a time in bounded memory, by the rules of its {@link
 * io.github.policythemes.article.ReadOptions}: which fields hold the id, title, text ({@code text},
 * {@code body} or {@code content}), language and date, whether labels are read (for training,
 * evaluation and trends) and the other fields kept. Every record comes as an {@link
 * io.github.policythemes.article.ArticleRecord} or, when it cannot be read (malformed JSON, no or
 * empty text, a bad date or language, invalid UTF-8 with its byte offset, a record over the size
 * limit, ...), as an {@link io.github.policythemes.article.ErrorRecord} with its position and the
 * reason: nothing is dropped silently, and the same record is accepted or rejected alike wherever
 * it is read.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().labels(ReadOptions.Labels.REQUIRED).build();
 * try (RecordSource source = RecordSource.files(List.of(Path.of("labelled.jsonl")), options)) {
 *   for (InputRecord r = source.next(); r != null; r = source.next()) { ... }
 * }
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; a source is read by one thread.
 */
package io.github.policythemes.article;
