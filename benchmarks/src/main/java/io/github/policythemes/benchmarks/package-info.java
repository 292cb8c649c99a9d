/** JMH benchmarks of policy-themes' hot paths, with peers measured in the same run. */
package io.github.policythemes.benchmarks;
