package dev.snapgate.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs every rule over snapgate's production classes in all modules. */
@AnalyzeClasses(packages = "dev.snapgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;
    @ArchTest
    static final ArchRule domainNeverDependsOnTheApi = ArchitectureRules.DOMAIN_NEVER_DEPENDS_ON_THE_API;
    @ArchTest
    static final ArchRule apiDependsOnlyOnTheDomain = ArchitectureRules.API_DEPENDS_ONLY_ON_THE_DOMAIN;
    @ArchTest
    static final ArchRule domainLayers = ArchitectureRules.DOMAIN_LAYERS;
    @ArchTest
    static final ArchRule internalsStayOutOfPublicSignatures = ArchitectureRules.INTERNALS_STAY_OUT_OF_PUBLIC_SIGNATURES;
    @ArchTest
    static final ArchRule examplesUseNoInternals = ArchitectureRules.EXAMPLES_USE_NO_INTERNALS;
    @ArchTest
    static final ArchRule signingDependsOnlyOnDomainAndJdkCrypto =
            ArchitectureRules.SIGNING_DEPENDS_ONLY_ON_DOMAIN_AND_JDK_CRYPTO;
    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
    @ArchTest
    static final ArchRule emulatorDoesNotUseTheClient = ArchitectureRules.EMULATOR_DOES_NOT_USE_THE_CLIENT;
    @ArchTest
    static final ArchRule guiceOnlyInTheApp = ArchitectureRules.GUICE_ONLY_IN_THE_APP;
    @ArchTest
    static final ArchRule feignAndResilience4jOnlyInTheHttpAdapter =
            ArchitectureRules.FEIGN_AND_RESILIENCE4J_ONLY_IN_THE_HTTP_ADAPTER;
    @ArchTest
    static final ArchRule jacksonOnlyWhereJsonIsWireOrFiles =
            ArchitectureRules.JACKSON_ONLY_WHERE_JSON_IS_WIRE_OR_FILES;
    @ArchTest
    static final ArchRule servletApiOnlyInTheServletAdapter = ArchitectureRules.SERVLET_API_ONLY_IN_THE_SERVLET_ADAPTER;
    @ArchTest
    static final ArchRule inboundMeetsTheRestOnlyThroughTheDomain =
            ArchitectureRules.INBOUND_MEETS_THE_REST_ONLY_THROUGH_THE_DOMAIN;
    @ArchTest
    static final ArchRule picocliAndLoggingBackendsOnlyInTheCli =
            ArchitectureRules.PICOCLI_AND_LOGGING_BACKENDS_ONLY_IN_THE_CLI;
    @ArchTest
    static final ArchRule librariesDoNotDependOnTheEmulator = ArchitectureRules.LIBRARIES_DO_NOT_DEPEND_ON_THE_EMULATOR;
    @ArchTest
    static final ArchRule lettuceOnlyInTheRedisStore = ArchitectureRules.LETTUCE_ONLY_IN_THE_REDIS_STORE;

    @ArchTest
    static final ArchRule springOnlyInItsAdapter = ArchitectureRules.SPRING_ONLY_IN_ITS_ADAPTER;
    @ArchTest
    static final ArchRule redisStoreDependsOnlyOnTheDomain = ArchitectureRules.REDIS_STORE_DEPENDS_ONLY_ON_THE_DOMAIN;
    @ArchTest
    static final ArchRule wiremockOnlyInTheEmulator = ArchitectureRules.WIREMOCK_ONLY_IN_THE_EMULATOR;
    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule portsAreInterfaces = ArchitectureRules.PORTS_ARE_INTERFACES;
    @ArchTest
    static final ArchRule credentialFieldsAreSecrets = ArchitectureRules.CREDENTIAL_FIELDS_ARE_SECRETS;
    @ArchTest
    static final ArchRule wireDtosStayInTheHttpAdapter = ArchitectureRules.WIRE_DTOS_STAY_IN_THE_HTTP_ADAPTER;
    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
    @ArchTest
    static final ArchRule noGenericExceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;
    @ArchTest
    static final ArchRule noFieldInjection = ArchitectureRules.NO_FIELD_INJECTION;
    @ArchTest
    static final ArchRule standardStreamsOnlyInTheCli = ArchitectureRules.STANDARD_STREAMS_ONLY_IN_THE_CLI;
}
