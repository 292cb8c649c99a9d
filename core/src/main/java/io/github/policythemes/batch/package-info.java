/**
 * Classifying articles in streaming batch jobs: any volume, in input order, nothing lost.
 *
 * <p>{@link io.github.policythemes.article.RecordSource} reads records from JSONL, CSV, text files,
 * folders, streams (gzip too) or the caller's own articles; {@link
 * io.github.policythemes.batch.BatchClassifier} runs them through a bounded pipeline (reader, N
 * workers sharing one classifier, writer) into a {@link io.github.policythemes.batch.BatchSink},
 * usually a {@link io.github.policythemes.batch.ResultWriter} (JSONL, CSV, table) and an {@link
 * io.github.policythemes.batch.ErrorWriter}; {@link io.github.policythemes.batch.OutputFile} writes
 * a file that only ever ends with a complete line (a link, pipe or device in place, never renamed
 * onto), and {@link io.github.policythemes.batch.BatchOutput} the files of a run that checkpoints
 * and can be resumed by position ({@link io.github.policythemes.batch.BatchPosition}). Records that
 * cannot be read or classified become {@link io.github.policythemes.article.ErrorRecord}s with the
 * reason, and a run's {@link io.github.policythemes.batch.BatchReport} always has {@code read ==
 * written + failed}. The records come through the {@code article} package, so a run accepts and
 * rejects what every other command does.
 */
package io.github.policythemes.batch;
