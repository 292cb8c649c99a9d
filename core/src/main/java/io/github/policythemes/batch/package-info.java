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
 * failed}. The records come through the {@code article} package, so a run accepts and rejects what
 * every other command does.
 */
package io.github.policythemes.batch;
