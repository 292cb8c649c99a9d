/**
 * The generic model container: a zip of entries, each covered by a SHA-256, with a versioned
 * manifest read and written through typed accessors ({@link
 * io.github.policythemes.bundle.Manifest}) and a {@link
 * io.github.policythemes.bundle.ModelFormatException} that names the file and what is wrong. It
 * knows no kind of model: the classifier codec ({@code classify.ClassifierBundle}, for {@code
 * .ptm}) and the topic-model codec ({@code .ptt}) each name their {@link
 * io.github.policythemes.bundle.BundleFormat} and their own fields. Depends on no other package of
 * the library.
 */
package io.github.policythemes.bundle;
