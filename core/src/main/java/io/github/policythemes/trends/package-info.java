/**
 * Themes over time: {@link io.github.policythemes.trends.TrendAnalyzer} reads classified records
 * (through {@code article.RecordSource}) into {@link io.github.policythemes.trends.ThemeTrends}
 * (counts and shares per theme per {@link io.github.policythemes.trends.Period}, per language,
 * co-occurrence, distinctive keywords, a Mann-Kendall rising/falling flag per theme), and {@link
 * io.github.policythemes.trends.TrendReport} writes them as CSV tables, JSON, SVG and PNG charts
 * and one self-contained HTML report, drawn by a small renderer of its own (one canvas interface,
 * an SVG and a Java2D backend). Immutable and thread-safe.
 */
package io.github.policythemes.trends;
