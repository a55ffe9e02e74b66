package nl.bncfiche.cli;

import java.io.InputStream;
import java.time.Clock;
import nl.bncfiche.cli.internal.TextOut;

/**
 * What a command reads and writes: standard input, standard output and error, and the clock for
 * "today" ({@code null}: the system clock), handed to each command so that tests run the command
 * line on their own.
 */
record Streams(InputStream in, TextOut out, TextOut err, Clock clock) {}
