package io.github.policythemes.trends;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The fonts charts are drawn with. SVG (and the HTML report) name a font stack and let the viewer
 * pick ({@link #svgStack(String)}); a PNG is drawn here, so for each text this picks an installed
 * font that can display all of it ({@link Font#canDisplayUpTo(String)}): a Korean font for Hangul,
 * a Simplified Chinese one for Han, Java's logical sans-serif for the rest. When no installed font
 * can display a text, it says so once (through {@link System.Logger}, on stderr by default) with
 * the package to install, and the PNG shows boxes for those characters.
 *
 * <p>Thread-safe.
 */
final class ChartFonts {
  /** Korean fonts, best first: Noto Sans CJK (fonts-noto-cjk), Noto Sans KR, Nanum, then OSes'. */
  static final List<String> KOREAN =
      List.of(
          "Noto Sans CJK KR",
          "Noto Sans KR",
          "Source Han Sans KR",
          "NanumGothic",
          "Nanum Gothic",
          "NanumBarunGothic",
          "Apple SD Gothic Neo",
          "Malgun Gothic",
          "UnDotum",
          "Baekmuk Gulim");

  /** Simplified Chinese fonts, best first: Noto Sans CJK, Noto Sans SC, WenQuanYi, then OSes'. */
  static final List<String> CHINESE =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "Source Han Sans SC",
          "WenQuanYi Micro Hei",
          "WenQuanYi Zen Hei",
          "PingFang SC",
          "Microsoft YaHei",
          "SimHei",
          "Droid Sans Fallback");

  /** Japanese fonts, for kana. */
  static final List<String> JAPANESE =
      List.of("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAGothic", "Meiryo");

  /** Latin text first tries Java's logical sans-serif (DejaVu Sans on most Linux systems). */
  static final List<String> LATIN = List.of(Font.SANS_SERIF);

  /** What to install when nothing can display CJK text. */
  static final String CJK_PACKAGES =
      "fonts-noto-cjk (Debian, Ubuntu: apt-get install fonts-noto-cjk; Fedora:"
          + " google-noto-sans-cjk-fonts; Alpine: font-noto-cjk; macOS and Windows have"
          + " such fonts)";

  private static final String LATIN_STACK = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial";
  private static final String GENERIC = "sans-serif";

  private static final System.Logger LOG = System.getLogger(ChartFonts.class.getName());
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private static volatile ChartFonts system;

  private final Set<String> installed;
  private final BiPredicate<String, String> canDisplay;
  private final Consumer<String> warnings;
  private final Map<String, String> families = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * @param installed the installed font families
   * @param canDisplay whether a family can display all of a text
   * @param warnings where the one warning per missing script goes
   */
  ChartFonts(
      Set<String> installed, BiPredicate<String, String> canDisplay, Consumer<String> warnings) {
    this.installed = Set.copyOf(installed);
    this.canDisplay = canDisplay;
    this.warnings = warnings;
  }

  /** The fonts of this machine; warnings go to {@link System.Logger} at WARNING. */
  static ChartFonts system() {
    ChartFonts fonts = system;
    if (fonts == null) {
      synchronized (ChartFonts.class) {
        if (system == null) {
          system =
              new ChartFonts(
                  installedFamilies(),
                  (family, text) -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) < 0,
                  message -> LOG.log(System.Logger.Level.WARNING, message));
        }
        fonts = system;
      }
    }
    return fonts;
  }

  private static Set<String> installedFamilies() {
    try {
      Set<String> names = ConcurrentHashMap.newKeySet();
      Collections.addAll(
          names,
          GraphicsEnvironment.getLocalGraphicsEnvironment()
              .getAvailableFontFamilyNames(Locale.ROOT));
      names.add(Font.SANS_SERIF);
      return names;
    } catch (RuntimeException | Error e) {
      // no font system at all (a JRE without fontconfig): measure and draw with what Java has
      return Set.of(Font.SANS_SERIF);
    }
  }

  /**
   * Returns the font to draw a text with.
   *
   * @param text the text
   * @param bold bold or plain
   * @param size the size in pixels
   * @return an installed font that can display the whole text, or the logical sans-serif (after a
   *     warning) when none can
   */
  Font font(String text, boolean bold, double size) {
    return new Font(family(text), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }

  /**
   * Returns whether some installed font can display the whole text.
   *
   * @param text the text
   * @return true when a PNG would show no boxes for it
   */
  boolean canDisplay(String text) {
    return search(text) != null;
  }

  /**
   * Measures a text for layout: its width in the font a PNG draws it with, and never less than an
   * estimate that holds for the fonts an SVG viewer may pick (CJK glyphs are a full em wide).
   *
   * @param text the text
   * @param size the size in pixels
   * @param bold bold or plain
   * @return the width in pixels
   */
  double width(String text, double size, boolean bold) {
    double estimate = estimate(text, size, bold);
    try {
      double measured = font(text, bold, size).getStringBounds(text, FRC).getWidth();
      return Math.max(measured, estimate);
    } catch (RuntimeException | Error e) {
      return estimate;
    }
  }

  /** An average glyph width per class of character (DejaVu Sans, the widest common fallback). */
  static double estimate(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (wide(c)) {
        em += 1.0;
      } else if (c == ' ') {
        em += 0.32;
      } else if (Character.isUpperCase(c) || Character.isDigit(c)) {
        em += 0.68;
      } else if ("iljtf.,:;'!|()[]".indexOf(c) >= 0) {
        em += 0.34;
      } else {
        em += 0.6;
      }
    }
    return em * size * (bold ? 1.08 : 1.0);
  }

  /** Whether a character takes a full em: Hangul, Han, kana and full-width forms. */
  static boolean wide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || (c >= 0xFF01 && c <= 0xFF60)
        || (c >= 0x3000 && c <= 0x303F);
  }

  /**
   * Returns the CSS font-family list for a text in an SVG or HTML page: the fonts of the text's
   * script first (so Han in a Chinese text gets a Chinese face), then the others, then the generic
   * family.
   *
   * @param text the text, or "" for the page's default stack (Latin, then Korean, then Chinese)
   * @return e.g. {@code 'Noto Sans', 'Noto Sans CJK KR', ..., sans-serif}
   */
  static String svgStack(String text) {
    List<String> order = new ArrayList<>();
    Set<Character.UnicodeScript> scripts = scripts(text);
    if (scripts.contains(Character.UnicodeScript.HANGUL)) {
      order.addAll(KOREAN);
      order.addAll(CHINESE);
    } else if (scripts.contains(Character.UnicodeScript.HIRAGANA)
        || scripts.contains(Character.UnicodeScript.KATAKANA)) {
      order.addAll(JAPANESE);
      order.addAll(CHINESE);
      order.addAll(KOREAN);
    } else if (scripts.contains(Character.UnicodeScript.HAN)) {
      order.addAll(CHINESE);
      order.addAll(KOREAN);
    } else {
      order.addAll(KOREAN);
      order.addAll(CHINESE);
    }
    StringBuilder stack = new StringBuilder(LATIN_STACK);
    for (String family : order) {
      if (stack.indexOf("'" + family + "'") < 0) {
        stack.append(", '").append(family).append('\'');
      }
    }
    return stack.append(", ").append(GENERIC).toString();
  }

  private String family(String text) {
    String key = key(text);
    String cached = families.get(key);
    if (cached != null && canDisplay.test(cached, text)) {
      return cached;
    }
    String found = search(text);
    if (found == null) {
      warn(text);
      return Font.SANS_SERIF;
    }
    families.putIfAbsent(key, found);
    return found;
  }

  /** The first installed family that can display the text, or null. */
  private String search(String text) {
    for (String family : preferred(text)) {
      if (installed.contains(family) && canDisplay.test(family, text)) {
        return family;
      }
    }
    for (String family : installed.stream().sorted().toList()) {
      if (canDisplay.test(family, text)) {
        return family;
      }
    }
    return null;
  }

  private static List<String> preferred(String text) {
    Set<Character.UnicodeScript> scripts = scripts(text);
    List<String> order = new ArrayList<>();
    if (scripts.contains(Character.UnicodeScript.HANGUL)) {
      order.addAll(KOREAN);
    }
    if (scripts.contains(Character.UnicodeScript.HIRAGANA)
        || scripts.contains(Character.UnicodeScript.KATAKANA)) {
      order.addAll(JAPANESE);
    }
    if (scripts.contains(Character.UnicodeScript.HAN)) {
      order.addAll(CHINESE);
      order.addAll(KOREAN);
      order.addAll(JAPANESE);
    }
    order.addAll(LATIN);
    return order;
  }

  private void warn(String text) {
    Set<Character.UnicodeScript> scripts = scripts(text);
    scripts.remove(Character.UnicodeScript.LATIN);
    boolean cjk =
        scripts.contains(Character.UnicodeScript.HANGUL)
            || scripts.contains(Character.UnicodeScript.HAN)
            || scripts.contains(Character.UnicodeScript.HIRAGANA)
            || scripts.contains(Character.UnicodeScript.KATAKANA);
    String names =
        cjk
            ? "Korean, Chinese or Japanese"
            : scripts.isEmpty()
                ? "some"
                : String.join(
                    " and ",
                    scripts.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted().toList());
    if (!warned.add(names)) {
      return;
    }
    warnings.accept(
        "PNG charts: no installed font can display "
            + names
            + " text (\""
            + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
            + "\"), so the PNG files show boxes for it (the SVG files and report.html name fonts"
            + " for the viewer to pick). Install "
            + (cjk ? CJK_PACKAGES : "a font that covers " + names + " text")
            + ".");
  }

  /** The scripts of a text, without COMMON and INHERITED (digits, punctuation, marks). */
  static Set<Character.UnicodeScript> scripts(String text) {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED
          && script != Character.UnicodeScript.UNKNOWN) {
        scripts.add(script);
      }
    }
    return scripts;
  }

  private static String key(String text) {
    return scripts(text).toString();
  }
}
