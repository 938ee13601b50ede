package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** TCP port choice on this machine: a well-known port when it is free, any free port otherwise. */
final class Ports {

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

    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }
}
