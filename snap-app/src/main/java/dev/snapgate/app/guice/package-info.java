/**
 * Guice wiring, one module per variant and no {@code if} inside a module: {@link dev.snapgate.app.guice.CoreModule}
 * (clock, merchants, HTTP adapter, token lifecycle, service calls), an environment module
 * ({@link dev.snapgate.app.guice.LocalEnvironmentModule} or {@link dev.snapgate.app.guice.RemoteEnvironmentModule})
 * and a key module ({@link dev.snapgate.app.guice.PemKeyModule}, {@link dev.snapgate.app.guice.KeyStoreModule},
 * {@link dev.snapgate.app.guice.GeneratedKeyModule}). {@link dev.snapgate.app.guice.SnapgateModules} picks them for
 * given settings; platforms can install them in their own injector and override single bindings.
 */
package dev.snapgate.app.guice;
