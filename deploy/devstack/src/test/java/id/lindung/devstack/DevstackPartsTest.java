package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL and the Kafka broker are parts of their own: killed or stopped, they start again on the same port with
 * their data, which is what the fault suite and {@code ./lindung stop|start} rely on.
 */
class DevstackPartsTest {

    private static Devstack stack;

    @BeforeAll
    static void startAStackOfItsOwn() {
        stack = Devstack.start(DevstackOptions.temporary());
    }

    @AfterAll
    static void stopIt() {
        stack.close();
    }

    @Test
    void testPostgresTradesFsyncForSpeedButKeepsSynchronousCommit() throws SQLException {
        try (Connection admin = stack.adminDataSource().getConnection()) {
            assertThat(scalar(admin, "show fsync")).isEqualTo("off");
            assertThat(scalar(admin, "show synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aCommitSurvivesKillMinusNineOfThePostmasterAndTheServerComesBackOnItsPort() throws SQLException {
        String server = stack.postgres().server();
        try (Connection connection = stack.postgres().serviceDataSource("budget").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_probe (id int primary key)");
            statement.execute("insert into crash_probe values (7)");
        }
        Part postgres = part(EmbeddedPostgresServer.ID);
        long pid = postgres.process().orElseThrow().pid();

        postgres.kill();
        assertThat(postgres.process()).isEmpty();
        assertThat(ProcessHandle.of(pid)).isEmpty();
        postgres.start();

        assertThat(stack.postgres().server()).isEqualTo(server);
        try (Connection connection = stack.postgres().serviceDataSource("budget").getConnection()) {
            assertThat(scalar(connection, "select count(*) from crash_probe where id = 7")).isEqualTo("1");
        }
    }

    @Test
    void aStoppedBrokerStartsAgainOnItsPortWithItsRecords() {
        String topic = Topics.BUDGET_EVENTS;
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, key, "kept")).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Part kafka = part(KafkaProcess.ID);
        long pid = kafka.process().orElseThrow().pid();

        kafka.stop();
        assertThat(kafka.process()).isEmpty();
        kafka.start();

        assertThat(kafka.process().orElseThrow().pid()).isNotEqualTo(pid);
        assertThat(readAll(topic)).anyMatch(record -> key.equals(record.key()) && "kept".equals(record.value()));
    }

    private static Part part(String id) {
        return stack.parts().stream().filter(part -> part.id().equals(id)).findFirst().orElseThrow();
    }

    private static KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "parts-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            }
            return records;
        }
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
