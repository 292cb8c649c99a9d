/**
 * JMH benchmarks of the hot paths, each against its peers in the same run: {@code
 * TokenizeBenchmark}, {@code ClassifyBenchmark}, {@code LoadBenchmark}; the archive's {@code
 * IndexBenchmark} and {@code SearchBenchmark} (with {@code ArchiveBuild}). Run them with {@code
 * benchmarks/run.sh quick|full}, which also prints the ratios; see {@code benchmarks/README.md}.
 */
package io.github.policythemes.benchmarks;
