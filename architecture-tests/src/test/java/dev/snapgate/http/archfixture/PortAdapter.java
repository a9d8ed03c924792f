package dev.snapgate.http.archfixture;

/** Extends an abstract "port" from the domain. */
public class PortAdapter extends dev.snapgate.domain.archfixture.AbstractPort {
    @Override
    public String call() {
        return "x";
    }
}
