/**
 * policy-themes: tokenize English, Korean and Chinese articles, classify them into policy themes,
 * and analyse topics.
 *
 * <p>Packages by capability: {@code analysis} (languages, analysis chains, sentences), {@code
 * taxonomy} (themes), {@code features}, {@code classify} (classifiers and results), {@code model}
 * (model bundles), {@code batch} (streaming classification jobs), {@code topics} (topic models,
 * keywords, trends), {@code eval} (metrics).
 */
package io.github.policythemes;
