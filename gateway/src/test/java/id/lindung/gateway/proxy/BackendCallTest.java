package id.lindung.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;

class BackendCallTest {

    private static final Throwable REFUSED = new ConnectException("Connection refused");
    private static final Throwable DROPPED = new HttpClosedException("Connection was closed");

    @Test
    void nonIdempotentMethodsAreNeverTriedAgain() {
        assertThat(BackendCall.retryable(HttpMethod.POST, false, REFUSED)).isFalse();
        assertThat(BackendCall.retryable(HttpMethod.PATCH, false, DROPPED)).isFalse();
    }

    @Test
    void idempotentMethodsAreTriedAgainWhenTheConnectionWasRefused() {
        assertThat(BackendCall.retryable(HttpMethod.GET, false, REFUSED)).isTrue();
        assertThat(BackendCall.retryable(HttpMethod.PUT, true, REFUSED)).isTrue();
    }

    @Test
    void aDroppedConnectionIsRetriedOnlyWhenNoBodyWasSent() {
        assertThat(BackendCall.retryable(HttpMethod.GET, false, DROPPED)).isTrue();
        assertThat(BackendCall.retryable(HttpMethod.PUT, true, DROPPED)).isFalse();
    }

    @Test
    void aTimeoutIsNotRetriedBecauseItWouldDoubleTheWait() {
        assertThat(BackendCall.retryable(HttpMethod.GET, false, new TimeoutException())).isFalse();
    }
}
