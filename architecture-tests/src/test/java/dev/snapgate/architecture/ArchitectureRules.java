package dev.snapgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.regex.Pattern;

/** The hexagon's rules. Each says why; {@code ArchitectureRulesCanFailTest} proves each one can fail. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.snapgate.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.snapgate.domain..", "java..")
            .because("the domain is plain Java: every adapter and platform can embed it without dragging a framework");

    static final ArchRule DOMAIN_NEVER_DEPENDS_ON_THE_API = noClasses()
            .that().resideInAPackage("dev.snapgate.domain..")
            .should().dependOnClassesThat().resideInAPackage("dev.snapgate.api..")
            .because("the typed NICEPAY API (snap-api) is built on the domain's ports and values, never the other way"
                    + " round: the domain stays small and knows no service's fields");

    static final ArchRule API_DEPENDS_ONLY_ON_THE_DOMAIN = classes()
            .that().resideInAPackage("dev.snapgate.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.snapgate.api..", "dev.snapgate.domain..",
                    "java..")
            .because("snap-api is plain Java over the domain's ServiceCaller port: any transport (the Feign client,"
                    + " a test double, a platform's own) can carry it");

    static final ArchRule DOMAIN_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Codes").definedBy("dev.snapgate.domain.code..")
            .layer("Errors").definedBy("dev.snapgate.domain.error..")
            .layer("Values").definedBy("dev.snapgate.domain")
            .layer("Internal").definedBy("dev.snapgate.domain.internal..")
            .layer("Services").definedBy("dev.snapgate.domain.service..", "dev.snapgate.domain.token..",
                    "dev.snapgate.domain.replay..", "dev.snapgate.domain.inbound..",
                    "dev.snapgate.domain.notification..", "dev.snapgate.domain.observe..")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Values").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Errors").mayOnlyBeAccessedByLayers("Values", "Services")
            .whereLayer("Codes").mayOnlyBeAccessedByLayers("Errors", "Values", "Services")
            .whereLayer("Internal").mayOnlyBeAccessedByLayers("Values", "Services")
            .because("inside the domain, codes < errors < values < ports and services: a value or an error that"
                    + " reached up into the token cache or the listeners would drag the whole domain with it");

    static final ArchRule INTERNALS_STAY_OUT_OF_PUBLIC_SIGNATURES = codeUnits()
            .that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("dev.snapgate..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should(notExposeInternalTypes())
            .because("internal packages are shared between snapgate's modules only: a public method that takes or"
                    + " returns one would make it API by accident");

    static final ArchRule EXAMPLES_USE_NO_INTERNALS = noClasses()
            .that().resideInAPackage("dev.snapgate.examples..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("the examples are what users copy: everything they need must be public API");

    static final ArchRule SIGNING_DEPENDS_ONLY_ON_DOMAIN_AND_JDK_CRYPTO = classes()
            .that().resideInAPackage("dev.snapgate.signing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.snapgate.domain..", "dev.snapgate.signing..",
                    "java..", "javax.crypto..", "javax.security..")
            .because("key handling stays JDK-only (no BouncyCastle): small, auditable, no signed-jar trouble");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = noClasses()
            .that().resideInAPackage("dev.snapgate.http..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapgate.signing..", "dev.snapgate.emulator..",
                    "dev.snapgate.app..")
            .because("adapters meet only through the domain's ports; only the composition root knows them all");

    static final ArchRule EMULATOR_DOES_NOT_USE_THE_CLIENT = noClasses()
            .that().resideInAPackage("dev.snapgate.emulator..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapgate.http..", "dev.snapgate.app..")
            .because("the emulator is the server side of the protocol: sharing the client's code would let one bug"
                    + " make both sides agree");

    static final ArchRule GUICE_ONLY_IN_THE_APP = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.app..", "dev.snapgate.cli..", "dev.snapgate.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
            .because("the library must be usable without Guice; wiring belongs to the composition roots (the Guice"
                    + " modules a platform installs, the CLI on top of them, and the examples, which play a platform)");

    static final ArchRule FEIGN_AND_RESILIENCE4J_ONLY_IN_THE_HTTP_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("dev.snapgate.http..")
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "io.github.resilience4j..")
            .because("transport and resilience are the HTTP adapter's business; their types never leak");

    static final ArchRule JACKSON_ONLY_WHERE_JSON_IS_WIRE_OR_FILES = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.http..", "dev.snapgate.cli..", "dev.snapgate.emulator..",
                    "dev.snapgate.inbound..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("wire JSON is the HTTP adapters' business (outbound in http, inbound in inbound; the CLI reads"
                    + " and prints JSON files for people with its own mapper; the emulator, built on WireMock's"
                    + " Jackson, writes NICEPAY's calls); the domain speaks values, not JSON trees");

    static final ArchRule SERVLET_API_ONLY_IN_THE_SERVLET_ADAPTER = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.servlet..", "dev.snapgate.emulator..",
                    "dev.snapgate.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
            .because("the servlet API is provided by the platform's container; the inbound core is"
                    + " framework-neutral so any framework can drive it (the emulator, a test tool, runs on"
                    + " WireMock's Jetty; the examples play a platform's container)");

    static final ArchRule INBOUND_MEETS_THE_REST_ONLY_THROUGH_THE_DOMAIN = noClasses()
            .that().resideInAnyPackage("dev.snapgate.inbound..", "dev.snapgate.servlet..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapgate.http..", "dev.snapgate.signing..",
                    "dev.snapgate.emulator..", "dev.snapgate.app..", "dev.snapgate.cli..", "dev.snapgate.store..")
            .because("the inbound side is its own hexagon edge: keys and secrets come in as domain ports"
                    + " (SignatureVerifier), so a platform can use an HSM, and no adapter depends on another");

    static final ArchRule PICOCLI_AND_LOGGING_BACKENDS_ONLY_IN_THE_CLI = noClasses()
            .that().resideOutsideOfPackage("dev.snapgate.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "ch.qos.logback..",
                    "org.apache.logging.log4j.core..", "org.slf4j.simple..")
            .because("a library logs through SLF4J only and never parses command lines: the platform chooses its"
                    + " logging backend, and a CLI dependency in a library jar lands on every platform's classpath");

    static final ArchRule LIBRARIES_DO_NOT_DEPEND_ON_THE_EMULATOR = noClasses()
            .that().resideInAnyPackage("dev.snapgate.domain..", "dev.snapgate.signing..", "dev.snapgate.http..",
                    "dev.snapgate.app..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapgate.emulator..")
            .because("the emulator (WireMock, Jetty) is a test and CLI tool; a platform embedding the library must"
                    + " not carry it");

    static final ArchRule SPRING_ONLY_IN_ITS_ADAPTER = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.spring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("Spring Boot is one more adapter of the hexagon (snapgate-spring-boot-*): nothing in the core,"
                    + " the other adapters or the CLI depends on Spring");

    static final ArchRule LETTUCE_ONLY_IN_THE_REDIS_STORE = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.store.redis..")
            .should().dependOnClassesThat().resideInAnyPackage("io.lettuce..", "io.netty..", "reactor..")
            .because("Redis is an optional integration: a platform without a fleet never needs its client");

    static final ArchRule REDIS_STORE_DEPENDS_ONLY_ON_THE_DOMAIN = noClasses()
            .that().resideInAPackage("dev.snapgate.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapgate.http..", "dev.snapgate.signing..",
                    "dev.snapgate.emulator..", "dev.snapgate.app..", "dev.snapgate.cli..")
            .because("the store implements domain ports; it meets the client only through them");

    static final ArchRule WIREMOCK_ONLY_IN_THE_EMULATOR = noClasses()
            .that().resideOutsideOfPackage("dev.snapgate.emulator..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst.wiremock..", "wiremock..",
                    "org.wiremock..")
            .because("WireMock is the emulator's engine and a test tool, never part of the client");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.snapgate.(**)").should().beFreeOfCycles()
            .because("a cycle makes two packages one, and the module map a lie");

    static final ArchRule PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage("dev.snapgate.domain..")
            .and(implementedOutsideTheDomain())
            .should().beInterfaces()
            .because("adapters plug into ports; an abstract class as a port would force an inheritance tree on them");

    static final ArchRule CREDENTIAL_FIELDS_ARE_SECRETS = fields()
            .that(areCredentialNamed())
            .and().areDeclaredInClassesThat().resideInAPackage("dev.snapgate..")
            .should().notHaveRawType(String.class)
            .andShould().notHaveRawType(char[].class)
            .andShould().notHaveRawType(byte[].class)
            .allowEmptyShould(true)
            .because("a credential in a String ends up in a log or a toString(); the Secret type masks it");

    static final ArchRule WIRE_DTOS_STAY_IN_THE_HTTP_ADAPTER = classes()
            .that().haveSimpleNameEndingWith("Json").and().areRecords()
            .should().resideInAPackage("dev.snapgate.http..")
            .andShould().notBePublic()
            .because("wire DTOs follow NICEPAY's JSON; the rest of snapgate speaks the domain's values");

    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("snapgate logs through SLF4J, so platforms route and filter it in one place");

    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("callers act on typed SnapExceptions, not on RuntimeException");

    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
            .because("constructor injection keeps every class usable without a container");

    static final ArchRule STANDARD_STREAMS_ONLY_IN_THE_CLI = noClasses()
            .that().resideOutsideOfPackages("dev.snapgate.cli..", "dev.snapgate.examples..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library must not write to the host's console; only the CLI (and the examples, which play a"
                    + " platform's main class) talk to people");

    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i).*(secret|password|passphrase|accesstoken|bearer|privatekey).*");
    private static final Pattern REFERENCE = Pattern.compile(".*(Env|File|Path|Variable|Name|Type|Length|Header)$");

    private static ArchCondition<JavaCodeUnit> notExposeInternalTypes() {
        return new ArchCondition<>("not take or return types of an internal package") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                java.util.List<JavaClass> exposed = new java.util.ArrayList<>(unit.getRawParameterTypes());
                exposed.add(unit.getRawReturnType());
                for (JavaClass type : exposed) {
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    if (base.getPackageName().contains(".internal")) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes internal type "
                                + base.getName()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaField> areCredentialNamed() {
        return DescribedPredicate.describe("are instance fields named like a credential (secret, password, access"
                + " token, private key)", f -> !f.getModifiers().contains(JavaModifier.STATIC)
                        && CREDENTIAL.matcher(f.getName()).matches() && !REFERENCE.matcher(f.getName()).matches());
    }

    private static DescribedPredicate<JavaClass> implementedOutsideTheDomain() {
        return DescribedPredicate.describe("are implemented or extended outside the domain", c ->
                c.getSubclasses().stream().anyMatch(sub -> !sub.getPackageName().startsWith("dev.snapgate.domain")));
    }

}
