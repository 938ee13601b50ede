package id.lindung.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

import id.lindung.devstack.RepoRoot;
import id.lindung.devstack.Suite;
import id.lindung.devstack.SuiteOptions;

/**
 * Boots the whole suite once for all system tests of this JVM (PostgreSQL, Kafka, the four service JVMs on free ports)
 * and stops it when the test run ends. Tests reach it through the gateway only. The services export their traces to
 * an {@link OtlpReceiver} in this JVM, within a fraction of a second of each span's end.
 */
public class RunningSuite implements BeforeAllCallback {

    /**
     * The gateway's rate limits are off: the adversarial corpus sends thousands of requests with one token, and no
     * system test is about throttling (the gateway's own tests are).
     */
    private static final List<String> JVM_OPTIONS = Stream.concat(SuiteOptions.DEFAULT_JVM_OPTIONS.stream(),
            // a service holds finished spans this long before it exports them (the default is 5 s)
            Stream.of("-Dlindung.gateway.rate-limits-enabled=false", "-Dquarkus.otel.bsp.schedule.delay=200ms"))
            .toList();

    /** Four JVMs starting side by side on a loaded two-core machine may take longer than a developer's start. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static Suite suite;
    private static OtlpReceiver traces;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSuite.class) {
            if (suite == null) {
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningSuite.class.getName(), (ExtensionContext.Store.CloseableResource) RunningSuite::stop);
                traces = OtlpReceiver.start();
                suite = Suite.start(SuiteOptions.forTests(RepoRoot.find(), Path.of("target/suite"))
                        .withJvmOptions(JVM_OPTIONS).withReadyTimeout(READY_TIMEOUT)
                        .withOtlpEndpoint(traces.endpoint()),
                        message -> System.out.println("suite: " + message));
                // also when the test JVM is stopped early (Ctrl-C, a timeout), so that no service outlives it
                Runtime.getRuntime().addShutdownHook(new Thread(RunningSuite::stop, "suite-stop"));
            }
        }
    }

    private static synchronized void stop() {
        if (suite != null) {
            suite.close();
            suite = null;
        }
        if (traces != null) {
            traces.close();
            traces = null;
        }
    }

    static Suite suite() {
        return suite;
    }

    /** The spans the suite's services have exported. */
    static OtlpReceiver traces() {
        return traces;
    }

    /** A token for the role, with a region claim when {@code region} is not null. */
    static String token(String role, String region) {
        return suite.tokens().mint("system-test-" + role, Set.of(role), region, Duration.ofMinutes(15));
    }

    /** Requests to the gateway with a bearer token. */
    static RequestSpecification gateway(String token) {
        return new RequestSpecBuilder().setBaseUri(suite.gatewayUrl()).addHeader("Authorization", "Bearer " + token)
                .build();
    }

    /** Requests to the gateway without any token. */
    static RequestSpecification anonymous() {
        return new RequestSpecBuilder().setBaseUri(suite.gatewayUrl()).build();
    }
}
