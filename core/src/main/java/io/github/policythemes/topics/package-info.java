/**
 * Topic models: what else a corpus talks about.
 *
 * <p>Entry points: {@link io.github.policythemes.topics.TopicCorpus} (articles to term ids), {@link
 * io.github.policythemes.topics.LdaTrainer} (LDA by sparse collapsed Gibbs sampling,
 * multi-threaded, optionally seeded with a taxonomy's keywords), {@link
 * io.github.policythemes.topics.TopicModel} (topics, inference, {@code .ptt} files in the {@code
 * bundle} container), {@link io.github.policythemes.topics.TopicJson} ({@code topics.json} and
 * {@code doc-topics.jsonl}). Keywords are in {@code keywords}, themes over time in {@code trends}.
 * Everything public here is immutable and thread-safe unless its documentation says otherwise
 * (builders are not).
 */
package io.github.policythemes.topics;
