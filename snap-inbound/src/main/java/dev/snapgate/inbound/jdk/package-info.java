/**
 * A small adapter of the inbound core onto the JDK's own {@code com.sun.net.httpserver.HttpServer}: no container, for
 * development, tests and {@code snapgate serve}.
 */
package dev.snapgate.inbound.jdk;
