/**
 * JMH benchmarks of the hot paths, each against its peers in the same run: {@code
 * TokenizeBenchmark}, {@code ClassifyBenchmark}, {@code LoadBenchmark}; the archive's {@code
 * IndexBenchmark} and {@code SearchBenchmark} (with {@code ArchiveBuild}). The hot-path ones run
 * with {@code benchmarks/run.sh quick|full}, which also prints the ratios; see {@code
 * benchmarks/README.md} for every command.
 */
package io.github.policythemes.benchmarks;
