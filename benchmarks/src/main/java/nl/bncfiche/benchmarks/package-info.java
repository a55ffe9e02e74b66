/**
 * JMH benchmarks of the library against its own Jackson binding, process-level measurements of the
 * command line, and the target ratios (docs/performance.md) computed from both. Run with {@code
 * benchmarks/run}; never run by {@code verify}. The scaling suite ({@code benchmarks/scaling}:
 * {@link nl.bncfiche.benchmarks.ScalingBenchmark}, {@link nl.bncfiche.benchmarks.ScalingSuite})
 * measures every reader and writer on families of hostile input at n and 4n.
 */
package nl.bncfiche.benchmarks;
