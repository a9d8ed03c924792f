/**
 * Spring Boot's home for snapgate: auto-configuration from {@code snapgate.*} properties, an adapter of the hexagon
 * (nothing in the core depends on Spring).
 */
package dev.snapgate.spring;
