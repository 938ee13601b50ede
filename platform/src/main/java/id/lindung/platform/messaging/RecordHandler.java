package id.lindung.platform.messaging;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What one consumer does with its records, plugged into {@link PollProcessor}, which owns everything else of the
 * consumer pattern (retries, isolation, quarantine, dead letters, acknowledgement, metrics, readiness).
 *
 * @param <T> what a record reads into
 */
public interface RecordHandler<T> {

    /**
     * Reads and checks one record without touching the database: a value to apply, a record of a type this consumer
     * does not use, or poison with the reasons (which must not hold personal data: no NIK, no name, no record values).
     * Called for every record of a poll, in order, and again for a replay.
     */
    Verdict<T> read(ConsumerRecord<String, byte[]> record);

    /**
     * Applies the values in one transaction that also records their event ids (so a repeat is a duplicate). Throws
     * when the transaction fails; answers what it did and the positions (in {@code values}) it refused for good.
     */
    Applied apply(List<T> values);

    /** The verdict on one record. */
    sealed interface Verdict<T> {

        static <T> Verdict<T> apply(String eventId, T value) {
            return new Apply<>(eventId, value);
        }

        static <T> Verdict<T> ignore(String eventId) {
            return new Ignore<>(eventId);
        }

        static <T> Verdict<T> poison(String eventId, List<String> reasons) {
            return new Poison<>(eventId, List.copyOf(reasons));
        }

        /** The event id when it could be read, else null. */
        String eventId();
    }

    record Apply<T>(String eventId, T value) implements Verdict<T> {
    }

    record Ignore<T>(String eventId) implements Verdict<T> {
    }

    record Poison<T>(String eventId, List<String> reasons) implements Verdict<T> {
    }

    /**
     * What a transaction did: how many values had each outcome (e.g. applied, duplicate, stale) and the reasons of the
     * values refused for good, by position.
     */
    record Applied(Map<String, Integer> outcomes, Map<Integer, List<String>> rejected) {

        public static Applied of(Map<String, Integer> outcomes) {
            return new Applied(outcomes, Map.of());
        }
    }
}
