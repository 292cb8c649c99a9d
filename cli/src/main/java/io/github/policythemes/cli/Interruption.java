package io.github.policythemes.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a command does when SIGTERM or SIGINT ends the process: one shutdown hook, installed when
 * the command runs as the process (never for a command run inside a test), runs the command's
 * handler, which stops the work, flushes what was written and prints the summary with how to go on.
 * The JVM then exits with 143 (SIGTERM) or 130 (SIGINT): 128 plus the signal, the shell's
 * convention, which the JVM follows for a signal that ends it.
 */
final class Interruption {
  /** Longest wait for the handler before the process ends anyway. */
  static final long HANDLER_SECONDS = 20;

  private static volatile boolean finished;
  private static volatile Handler handler;
  private static boolean installed;

  /** The work to stop; runs in the shutdown hook's thread. */
  interface Handler {
    /** Stops the work and reports; must return within {@link #HANDLER_SECONDS}. */
    void interrupted() throws InterruptedException;
  }

  private Interruption() {}

  /**
   * Sets the handler for the rest of the command, and installs the hook on first use.
   *
   * @param main the command line: nothing is installed unless it runs as the process
   * @param work the handler
   */
  static synchronized void onSignal(Main main, Handler work) {
    if (!main.ownProcess) {
      return;
    }
    handler = work;
    if (!installed) {
      installed = true;
      Runtime.getRuntime().addShutdownHook(new Thread(Interruption::run, "policy-themes-signal"));
    }
  }

  /** Tells the hook the command is over: an exit now is the command's own, not a signal. */
  static void finished() {
    finished = true;
  }

  private static void run() {
    Handler work = handler;
    if (finished || work == null) {
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    Thread thread =
        new Thread(
            () -> {
              try {
                work.interrupted();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                done.countDown();
              }
            },
            "policy-themes-interrupted");
    thread.setDaemon(true);
    thread.start();
    try {
      done.await(HANDLER_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
