package dev.snapgate.app.archfixture;

/** Violates: wire DTOs stay (package-private) in the HTTP adapter. */
public record LeakedTokenJson(String responseCode) {
}
