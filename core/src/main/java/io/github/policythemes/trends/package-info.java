/**
 * Themes over time: {@link io.github.policythemes.trends.TrendAnalyzer} reads classified records
 * (through {@code article.RecordSource}) into {@link io.github.policythemes.trends.ThemeTrends}
 * (counts and shares per theme per {@link io.github.policythemes.trends.Period}, per language,
 * co-occurrence, distinctive keywords, a Mann-Kendall rising/falling flag with Sen's slope per
 * theme, whether the last period is partial), and {@link io.github.policythemes.trends.TrendReport}
 * writes them as CSV tables, JSON, SVG and PNG charts and one self-contained HTML report, drawn by
 * a small renderer of its own (one canvas interface, an SVG and a Java2D backend). SVG and HTML
 * name a font stack that covers Hangul and Han; the PNG backend draws each text in an installed
 * font that can display it and warns once (through {@link System.Logger}) when none can. Immutable
 * and thread-safe.
 */
package io.github.policythemes.trends;
