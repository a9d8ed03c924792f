package dev.snapgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.snapgate.app.archfixture.PrintsToStdout;
import dev.snapgate.archfixture.cyclea.A;
import dev.snapgate.archfixture.cycleb.B;
import dev.snapgate.domain.archfixture.AbstractPort;
import dev.snapgate.domain.archfixture.DomainUsingGuice;
import dev.snapgate.emulator.archfixture.EmulatorUsingTheClient;
import dev.snapgate.http.archfixture.HttpUsingOtherAdapters;
import dev.snapgate.inbound.archfixture.InboundUsingServletAndSigning;
import dev.snapgate.http.archfixture.LeakyCredentials;
import dev.snapgate.http.archfixture.PortAdapter;
import dev.snapgate.signing.archfixture.SigningUsingJackson;
import org.junit.jupiter.api.Test;

/** Every rule fails on a class written to break it, so none can pass vacuously. */
class ArchitectureRulesCanFailTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    private static void assertViolated(ArchRule rule, String expected, Class<?>... classes) {
        EvaluationResult result = evaluate(rule, classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(expected);
    }

    @Test
    void domainDependingOnGuice_isCaught() {
        assertViolated(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, "com.google.inject.Injector",
                DomainUsingGuice.class);
        assertViolated(ArchitectureRules.GUICE_ONLY_IN_THE_APP, "DomainUsingGuice", DomainUsingGuice.class);
    }

    @Test
    void signingDependingOnJackson_isCaught() {
        assertViolated(ArchitectureRules.SIGNING_DEPENDS_ONLY_ON_DOMAIN_AND_JDK_CRYPTO, "ObjectMapper",
                SigningUsingJackson.class);
        assertViolated(ArchitectureRules.JACKSON_ONLY_WHERE_JSON_IS_WIRE_OR_FILES, "SigningUsingJackson",
                SigningUsingJackson.class);
    }

    @Test
    void adapterDependingOnAnotherAdapterOrWiremock_isCaught() {
        assertViolated(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, "SigningKey",
                HttpUsingOtherAdapters.class);
        assertViolated(ArchitectureRules.WIREMOCK_ONLY_IN_THE_EMULATOR, "WireMockServer",
                HttpUsingOtherAdapters.class);
    }

    @Test
    void emulatorUsingTheClientOrFeign_isCaught() {
        assertViolated(ArchitectureRules.EMULATOR_DOES_NOT_USE_THE_CLIENT, "SnapClient", EmulatorUsingTheClient.class);
        assertViolated(ArchitectureRules.FEIGN_AND_RESILIENCE4J_ONLY_IN_THE_HTTP_ADAPTER, "feign.Feign",
                EmulatorUsingTheClient.class);
    }

    @Test
    void aPackageCycle_isCaught() {
        assertViolated(ArchitectureRules.NO_PACKAGE_CYCLES, "Cycle detected", A.class, B.class);
    }

    @Test
    void anAbstractClassUsedAsAPort_isCaught() {
        assertViolated(ArchitectureRules.PORTS_ARE_INTERFACES, "AbstractPort", AbstractPort.class, PortAdapter.class);
    }

    @Test
    void rawCredentialFields_areCaught() {
        assertViolated(ArchitectureRules.CREDENTIAL_FIELDS_ARE_SECRETS, "clientSecret", LeakyCredentials.class);
        assertViolated(ArchitectureRules.CREDENTIAL_FIELDS_ARE_SECRETS, "keyPassword", LeakyCredentials.class);
    }

    @Test
    void generalCodingRules_catchJulGenericExceptionsAndFieldInjection() {
        assertViolated(ArchitectureRules.NO_JAVA_UTIL_LOGGING, "LeakyCredentials.log", LeakyCredentials.class);
        assertViolated(ArchitectureRules.NO_GENERIC_EXCEPTIONS, "RuntimeException", LeakyCredentials.class);
        assertViolated(ArchitectureRules.NO_FIELD_INJECTION, "injected", LeakyCredentials.class);
    }

    @Test
    void aPublicWireDtoOutsideTheHttpAdapter_isCaught() {
        assertViolated(ArchitectureRules.WIRE_DTOS_STAY_IN_THE_HTTP_ADAPTER, "LeakedTokenJson",
                dev.snapgate.app.archfixture.LeakedTokenJson.class);
    }

    @Test
    void standardStreamsOutsideTheCli_areCaught() {
        assertViolated(ArchitectureRules.STANDARD_STREAMS_ONLY_IN_THE_CLI, "System.out", PrintsToStdout.class);
    }

    @Test
    void aLibraryUsingPicocliOrLogback_isCaught() {
        assertViolated(ArchitectureRules.PICOCLI_AND_LOGGING_BACKENDS_ONLY_IN_THE_CLI, "picocli.CommandLine",
                dev.snapgate.app.archfixture.AppUsingTheCliStack.class);
        assertViolated(ArchitectureRules.PICOCLI_AND_LOGGING_BACKENDS_ONLY_IN_THE_CLI, "ch.qos.logback",
                dev.snapgate.app.archfixture.AppUsingTheCliStack.class);
    }

    @Test
    void aLibraryUsingTheEmulator_isCaught() {
        assertViolated(ArchitectureRules.LIBRARIES_DO_NOT_DEPEND_ON_THE_EMULATOR, "SnapEmulator",
                dev.snapgate.app.archfixture.AppUsingTheCliStack.class);
    }

    @Test
    void theClientUsingSpring_isCaught() {
        assertViolated(ArchitectureRules.SPRING_ONLY_IN_ITS_ADAPTER, "org.springframework.core.io.Resource",
                dev.snapgate.http.archfixture.ClientUsingSpring.class);
    }

    @Test
    void lettuceOutsideTheStore_andTheStoreUsingTheClient_areCaught() {
        assertViolated(ArchitectureRules.LETTUCE_ONLY_IN_THE_REDIS_STORE, "io.lettuce.core.RedisClient",
                dev.snapgate.store.archfixture.StoreUsingTheClient.class);
        assertViolated(ArchitectureRules.REDIS_STORE_DEPENDS_ONLY_ON_THE_DOMAIN, "SnapClient",
                dev.snapgate.store.archfixture.StoreUsingTheClient.class);
    }

    @Test
    void theInboundCoreUsingTheServletApiOrAnotherAdapter_isCaught() {
        assertViolated(ArchitectureRules.SERVLET_API_ONLY_IN_THE_SERVLET_ADAPTER, "HttpServletRequest",
                InboundUsingServletAndSigning.class);
        assertViolated(ArchitectureRules.INBOUND_MEETS_THE_REST_ONLY_THROUGH_THE_DOMAIN, "HmacSha512Signer",
                InboundUsingServletAndSigning.class);
    }

    @Test
    void theDomainUsingTheApi_andTheApiUsingAnAdapter_areCaught() {
        assertViolated(ArchitectureRules.DOMAIN_NEVER_DEPENDS_ON_THE_API, "VaCreateRequest",
                dev.snapgate.domain.archfixture.DomainUsingTheApi.class);
        assertViolated(ArchitectureRules.API_DEPENDS_ONLY_ON_THE_DOMAIN, "SnapClient",
                dev.snapgate.api.archfixture.ApiUsingTheClient.class);
    }

    @Test
    void anErrorReachingUpIntoTheTokenCache_isCaught() {
        assertViolated(ArchitectureRules.DOMAIN_LAYERS, "CachingTokenIssuer",
                dev.snapgate.domain.error.archfixture.ErrorUsingTheTokenCache.class,
                dev.snapgate.domain.token.CachingTokenIssuer.class);
    }

    @Test
    void aPublicSignatureWithAnInternalType_andAnExampleUsingOne_areCaught() {
        assertViolated(ArchitectureRules.INTERNALS_STAY_OUT_OF_PUBLIC_SIGNATURES, "exposes internal type"
                + " dev.snapgate.domain.internal.BodyDigest", dev.snapgate.http.archfixture.ExposesAnInternal.class);
        assertViolated(ArchitectureRules.EXAMPLES_USE_NO_INTERNALS, "BodyDigest",
                dev.snapgate.examples.archfixture.ExampleUsingAnInternal.class);
    }
}
