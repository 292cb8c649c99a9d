/**
 * Apache Spark integration: policy themes as Spark ML stages and a {@code spark-submit} job.
 *
 * <p>{@link io.github.policythemes.spark.ThemeClassifierTransformer} appends the themes of each row
 * as a struct ({@link io.github.policythemes.spark.ThemesSchema}), with the model shipped to the
 * executors once and cached per JVM; {@link io.github.policythemes.spark.ThemeTermsTransformer}
 * gives core's analysis chains as term arrays for MLlib's {@code CountVectorizer} and {@code LDA};
 * {@link io.github.policythemes.spark.ClassifyJob} is {@code policy-themes classify} for a cluster;
 * {@link io.github.policythemes.spark.ThemeTrendCounts} counts themes per period as {@code
 * policy-themes trends} does. Spark is a {@code provided} dependency: nothing of it reaches core.
 */
package io.github.policythemes.spark;
