package id.lindung.devstack;

/** What a part of a running suite is doing, as {@code ./lindung status} shows it. */
public enum PartState {
    /** Started and watched: an unexpected exit gets it restarted. */
    RUNNING,
    /** Died unexpectedly; the supervisor is starting it again. */
    RESTARTING,
    /** Stopped on purpose ({@code ./lindung stop PART}); left alone until started again. */
    STOPPED
}
