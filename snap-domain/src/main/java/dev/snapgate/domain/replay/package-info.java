/**
 * Replay detection: a port that remembers identifiers until they expire, and its in-memory implementation. Used to
 * recognise a notification delivered twice within its window (and, inbound, a reused {@code X-EXTERNAL-ID}).
 */
package dev.snapgate.domain.replay;
