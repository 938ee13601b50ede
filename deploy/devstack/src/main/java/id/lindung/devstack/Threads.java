package id.lindung.devstack;

import java.util.concurrent.Executor;

/**
 * Each task on a new platform thread of its own. Used for the few long blocking waits (starting a server, polling a
 * service) that must run side by side: the common pool has a single thread on a two-core machine.
 */
final class Threads {

    private Threads() {
    }

    static Executor named(String name) {
        return task -> Thread.ofPlatform().name(name).start(task);
    }
}
