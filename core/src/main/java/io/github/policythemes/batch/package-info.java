/** Reading articles and classifying them in streaming batch jobs; strict UTF-8 input. */
package io.github.policythemes.batch;
