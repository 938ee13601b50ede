package id.lindung.platform.messaging;

import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * One Kafka consumer of a service, as {@link PollProcessor} knows it.
 *
 * @param name the incoming channel (metrics, readiness, logs) and the quarantine's consumer name; unique per service
 * @param deadLetters the emitter of the source topic's {@code .dlq} (pointers only, see {@link DeadLetters})
 * @param handler what the consumer does with its records
 */
public record ConsumerChannel<T>(String name, Emitter<String> deadLetters, RecordHandler<T> handler) {
}
