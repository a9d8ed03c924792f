package dev.snapgate.archfixture.cycleb;

/** Other half of a package cycle. */
public class B {
    public dev.snapgate.archfixture.cyclea.A a;
}
