package io.github.policythemes.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the UTF-16 bytes a benchmark has read (two per {@code char}), so that JMH reports them per
 * second next to the operations: the secondary result {@code utf16Bytes}, in bytes/s, is the
 * throughput in MB/s once divided by 10⁶. Public fields because JMH reads them.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TextBytes {
  /** UTF-16 bytes read in the current iteration. */
  public long utf16Bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    utf16Bytes = 0;
  }

  /**
   * Counts one text as read.
   *
   * @param text the text
   * @return the text, to chain
   */
  String read(String text) {
    utf16Bytes += 2L * text.length();
    return text;
  }
}
