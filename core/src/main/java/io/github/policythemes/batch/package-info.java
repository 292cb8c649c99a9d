/**
 * Classifying articles in streaming batch jobs: any volume, in input order, nothing lost.
 *
 * <p>{@link io.github.policythemes.article.RecordSource} reads records from JSONL, CSV, text files,
 * folders, streams (gzip too) or the caller's own articles; {@link
 * io.github.policythemes.batch.BatchClassifier} runs them through a bounded pipeline (reader, N
 * workers sharing one classifier, writer) into a {@link io.github.policythemes.batch.BatchSink},
 * usually a {@link io.github.policythemes.batch.ResultWriter} (JSONL, CSV, table) and an {@link
 * io.github.policythemes.batch.ErrorWriter}; {@link io.github.policythemes.batch.OutputFile} writes
 * a file that only ever ends with a complete line and can be resumed. Records that cannot be read
 * or classified become {@link io.github.policythemes.article.ErrorRecord}s with the reason, and a
 * run's {@link io.github.policythemes.batch.BatchReport} always has {@code read == written +
 * failed}. Input must be UTF-8: bad bytes are reported with their offset ({@link
 * io.github.policythemes.article.Utf8}).
 */
package io.github.policythemes.batch;
