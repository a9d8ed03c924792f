package dev.snapgate.archfixture.cyclea;

/** Half of a package cycle. */
public class A {
    public dev.snapgate.archfixture.cycleb.B b;
}
