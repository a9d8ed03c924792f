package dev.snapgate.domain.archfixture;

/** Violates: domain depends only on the JDK; Guice only in the app. */
public class DomainUsingGuice {
    public com.google.inject.Injector injector;
}
