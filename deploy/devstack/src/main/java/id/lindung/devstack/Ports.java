package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** TCP port choice on this machine: a well-known port when it is free, any free port otherwise. */
final class Ports {

    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;

    private Ports() {
    }

    /** {@code preferred} when it is free; otherwise (or when {@code preferred} is 0) a free port chosen by the system. */
    static int preferredOrFree(int preferred) {
        return preferred > 0 && isFree(preferred) ? preferred : free();
    }

    /** Whether nothing listens on the port, on any address (binding the wildcard address fails if anything does). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux). A port the system hands out for
     * {@code bind(0)} comes from that range, which the outgoing connections of the parts already running (Kafka and
     * JDBC clients) draw from too: one of them could take it before the service binds it, and the service would stop
     * with "port in use". Falls back to the system's choice when no port of the range is free.
     */
    static int free() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = LOWEST + ThreadLocalRandom.current().nextInt(BELOW_EPHEMERAL - LOWEST);
            if (isFree(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }
}
