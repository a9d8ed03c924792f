/**
 * The composition root a platform installs: {@link dev.snapgate.app.SnapgateSettings} (typed, immutable, validated),
 * {@link dev.snapgate.app.SettingsLoader} (explicit options, then environment variables, then a properties file, then
 * defaults) and {@link dev.snapgate.app.ConfiguredClient}, the configured client and what it owns. Guice wiring lives in
 * {@code dev.snapgate.app.guice}. No command line, no logging backend and no emulator here: those are the
 * {@code snap-cli} module's.
 */
package dev.snapgate.app;
