/**
 * JMH benchmarks of the library against its own Jackson binding, process-level measurements of the
 * command line, and the target ratios (docs/performance.md) computed from both. Run with {@code
 * benchmarks/run}; never run by {@code verify}.
 */
package nl.bncfiche.benchmarks;
