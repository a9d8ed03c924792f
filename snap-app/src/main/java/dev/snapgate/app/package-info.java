/**
 * The composition root's configuration and runtime: {@link dev.snapgate.app.SnapgateSettings} (typed, immutable,
 * validated), {@link dev.snapgate.app.SettingsLoader} (CLI options, then environment variables, then a properties
 * file, then defaults) and {@link dev.snapgate.app.Gateway}, what a wired snapgate offers. Guice wiring lives in
 * {@code dev.snapgate.app.guice}, the CLI in {@code dev.snapgate.app.cli}.
 */
package dev.snapgate.app;
