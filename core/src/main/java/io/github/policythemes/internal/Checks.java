package io.github.policythemes.internal;

import java.util.Locale;

/**
 * Argument and state checks with message templates, for the builders of every package (as
 * Caffeine's {@code requireArgument} and {@code requireState}). Templates are {@link
 * String#format(Locale, String, Object...)} patterns in {@link Locale#ROOT}, formatted only when a
 * check fails.
 *
 * <pre>{@code
 * requireState(threads == null, "threads was already set to %s", threads);
 * requireArgument(count >= 1 && count <= 256, "threads is %s, must be 1 to 256", count);
 * }</pre>
 *
 * <p>Not part of the API: the module descriptor exports this package only to the project's own
 * modules. Thread-safe (no state).
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a value given to a method.
   *
   * @param expression true when the value is fine
   * @param template the message: what is wrong, naming the parameter and the value
   * @param args the template's arguments
   * @throws IllegalArgumentException with the formatted message if expression is false
   */
  public static void requireArgument(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /**
   * Checks that a call comes in the right state, e.g. that a builder setter is called once.
   *
   * @param expression true when the call is allowed
   * @param template the message: why the call is not allowed now
   * @param args the template's arguments
   * @throws IllegalStateException with the formatted message if expression is false
   */
  public static void requireState(boolean expression, String template, Object... args) {
    if (!expression) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }
}
