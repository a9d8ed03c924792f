/**
 * The {@code snapgate} command line on picocli. The only package allowed to write to standard streams: results go
 * to stdout, notes and errors to stderr, with documented exit codes ({@link dev.snapgate.cli.ExitCodes}).
 */
package dev.snapgate.cli;
