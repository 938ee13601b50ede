package id.lindung.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

import id.lindung.devstack.RepoRoot;
import id.lindung.devstack.Suite;
import id.lindung.devstack.SuiteOptions;

/**
 * Boots the whole suite once for all system tests of this JVM (PostgreSQL, Kafka, the four service JVMs on free ports)
 * and stops it when the test run ends. Tests reach it through the gateway only.
 */
public class RunningSuite implements BeforeAllCallback {

    private static Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSuite.class) {
            if (suite == null) {
                suite = Suite.start(SuiteOptions.forTests(RepoRoot.find(), Path.of("target/suite")));
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningSuite.class.getName(), (ExtensionContext.Store.CloseableResource) RunningSuite::stop);
            }
        }
    }

    private static synchronized void stop() {
        if (suite != null) {
            suite.close();
            suite = null;
        }
    }

    static Suite suite() {
        return suite;
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
