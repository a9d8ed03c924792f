/**
 * Guice wiring on top of {@link dev.snapgate.http.SnapClient}, one module per variant and no {@code if} inside a
 * module: {@link dev.snapgate.app.guice.CoreModule} (clock, merchant, the {@code SnapClient} and its ports), an
 * environment module that binds the upstream ({@link dev.snapgate.app.guice.RemoteEnvironmentModule}, or your own;
 * the {@code snapgate} CLI adds one that starts its embedded emulator) and a key module
 * ({@link dev.snapgate.app.guice.PemKeyModule}, {@link dev.snapgate.app.guice.KeyStoreModule},
 * {@link dev.snapgate.app.guice.GeneratedKeyModule}). {@link dev.snapgate.app.guice.SnapgateModules} picks them for
 * given settings; platforms can install them in their own injector and override single bindings (an HSM
 * {@link dev.snapgate.domain.Signer}, say).
 */
package dev.snapgate.app.guice;
