/**
 * snapgate's Spring Boot starter: a dependency set, no code. It brings the auto-configuration
 * ({@code dev.snapgate.spring}), Boot 4's health indicator ({@code dev.snapgate.spring.boot4}) and the servlet adapter
 * for NICEPAY's calls; see docs/spring-boot.md.
 */
package dev.snapgate.spring.starter;
