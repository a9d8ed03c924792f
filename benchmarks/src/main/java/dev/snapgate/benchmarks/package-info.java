/**
 * JMH benchmarks: each snapgate operation beside a raw-JDK baseline doing the same work in the same run. Run with
 * {@code benchmarks/run.sh quick} or {@code benchmarks/run.sh full}; results and analysis in
 * {@code docs/PERFORMANCE.md}.
 */
package dev.snapgate.benchmarks;
