/** snapgate's health indicator on Spring Boot 4's health API. */
package dev.snapgate.spring.boot4;
