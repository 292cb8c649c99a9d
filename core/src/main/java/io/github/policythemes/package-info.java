/**
 * policy-themes: reads English, Korean and Chinese articles, classifies them into policy themes,
 * and analyses topics, keywords and trends. {@link io.github.policythemes.PolicyThemes} tells the
 * library's version; {@link io.github.policythemes.ProgressListener} hears the {@link
 * io.github.policythemes.Progress} of every long job (training, topic models, trends, batches).
 *
 * <p>Packages by capability, dependencies pointing down (a test checks it, and that there is no
 * cycle):
 *
 * <ul>
 *   <li>at the bottom: {@code article} (articles and everything that reads them: JSONL, CSV and
 *       text readers, field mapping, labels, the one date parser), {@code analysis} (languages,
 *       analysis chains, sentences, tokens), {@code taxonomy} (themes), {@code bundle} (the
 *       versioned, checksummed container of model files, which knows no kind of model);
 *   <li>{@code features} (sparse feature vectors) on {@code analysis};
 *   <li>{@code classify} (classifiers, results, explanations, and their codec) on those;
 *   <li>on top: {@code batch} (streaming classification jobs), {@code topics} (topic models),
 *       {@code keywords} (YAKE and keyness), {@code trends} (themes over time: tables, report,
 *       charts), {@code eval} (labelled data and metrics).
 * </ul>
 *
 * <p>{@code internal} holds the builders' checks and is not API.
 */
package io.github.policythemes;
