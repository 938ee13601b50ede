package id.lindung.enrollment.support;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import id.lindung.contracts.event.EventTypes;
import id.lindung.devstack.DevstackResource;

/** Publishes records on {@code bpjs.enrollment-events} as a BPJS integration job would (key = eventId). */
public final class BpjsTopic {

    private static KafkaProducer<String, String> producer;

    private BpjsTopic() {
    }

    public static synchronized void publish(String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(EventTypes.BPJS_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + EventTypes.BPJS_TOPIC, e);
        }
    }
}
