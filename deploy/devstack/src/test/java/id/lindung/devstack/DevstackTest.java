package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.RsaKeyUtil;
import org.junit.jupiter.api.Test;

class DevstackTest {

    @Test
    void postgresIsVersion17AndEachServiceRoleOwnsItsDatabase() throws SQLException {
        Devstack stack = DevstackResource.stack();
        try (Connection admin = stack.adminDataSource().getConnection()) {
            assertThat(scalar(admin, "select version()")).startsWith("PostgreSQL 17.");
        }
        for (String database : List.of("enrollment", "budget", "reporting")) {
            try (Connection connection = stack.postgres().serviceDataSource(database).getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(scalar(connection, "select current_database()")).isEqualTo(database);
                assertThat(scalar(connection, "select current_user")).isEqualTo(database);
                statement.execute("create table if not exists devstack_probe (id int primary key)");
                assertThat(scalar(connection, "select pg_get_userbyid(datdba) from pg_database where datname = '"
                        + database + "'")).isEqualTo(database);
            }
        }
    }

    @Test
    void everyTopicAndItsDeadLetterTopicExistsWithThreePartitions() throws Exception {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.all()).allTopicNames().get();
            assertThat(topics).containsOnlyKeys("bpjs.enrollment-events", "enrollment.events", "budget.events",
                    "bpjs.enrollment-events.dlq", "enrollment.events.dlq", "budget.events.dlq");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }

    @Test
    void aRecordProducedOnEnrollmentEventsIsConsumedBack() throws Exception {
        String bootstrap = DevstackResource.stack().bootstrapServers();
        String key = UUID.randomUUID().toString();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ENROLLMENT_EVENTS, key, "{\"probe\":true}")).get();
        }

        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-test-" + key);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ENROLLMENT_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.stream().noneMatch(r -> r.key().equals(key)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).filteredOn(r -> r.key().equals(key))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("{\"probe\":true}"));
    }

    @Test
    void aMintedTokenVerifiesWithThePublicKeyFile() throws Exception {
        DevJwt tokens = DevstackResource.tokens();
        String token = tokens.mint("alice", Set.of("finance"), "36.03", Duration.ofMinutes(5));

        JwtConsumer verifier = new JwtConsumerBuilder()
                .setVerificationKey(new RsaKeyUtil().fromPemEncoded(Files.readString(tokens.publicKeyPath())))
                .setExpectedIssuer(DevJwt.ISSUER)
                .setExpectedAudience(DevJwt.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .build();
        JwtClaims claims = verifier.processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("finance");
        assertThat(claims.getClaimValueAsString("region")).isEqualTo("36.03");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
    }

    @Test
    void aTokenWithoutRegionHasNoRegionClaim() throws Exception {
        DevJwt tokens = DevstackResource.tokens();
        String token = tokens.mint("viewer", Set.of("viewer"), null, Duration.ofMinutes(5));

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(tokens.publicKey())
                .setExpectedAudience(DevJwt.AUDIENCE)
                .build()
                .processToClaims(token);

        assertThat(claims.hasClaim("region")).isFalse();
    }

    @Test
    void theKeysInADirectoryAreReusedNotReplaced() {
        DevJwt first = DevstackResource.tokens();
        DevJwt again = DevJwt.inDirectory(first.publicKeyPath().getParent());

        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(again.privateKey()).isEqualTo(first.privateKey());
    }

    @Test
    void theTestResourceGivesABackendItsOwnDatabaseKafkaAndTheJwtKeys() throws SQLException {
        DevstackResource resource = new DevstackResource();
        resource.init(Map.of(DevstackResource.SERVICE, "budget"));

        Map<String, String> config = resource.start();

        assertThat(config).containsEntry("quarkus.datasource.username", "budget")
                .containsEntry("quarkus.datasource.password", "budget")
                .containsEntry("kafka.bootstrap.servers", DevstackResource.stack().bootstrapServers())
                .containsEntry("mp.jwt.verify.publickey.location",
                        DevstackResource.tokens().publicKeyPath().toString())
                .containsEntry("mp.jwt.verify.issuer", "https://lindung.local/devstack")
                .containsEntry("mp.jwt.verify.audiences", "lindung")
                .containsEntry("mp.jwt.verify.publickey", DevstackResource.tokens().publicKeyPem());
        var budget = new org.postgresql.ds.PGSimpleDataSource();
        budget.setURL(config.get("quarkus.datasource.jdbc.url"));
        try (Connection connection = budget.getConnection(config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"))) {
            assertThat(scalar(connection, "select current_database()")).isEqualTo("budget");
        }
    }

    @Test
    void theTestResourceGivesTheGatewayNoDatabaseAndNoKafka() {
        DevstackResource resource = new DevstackResource();
        resource.init(Map.of(DevstackResource.SERVICE, "gateway"));

        Map<String, String> config = resource.start();

        assertThat(config).containsKeys("mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer",
                "mp.jwt.verify.audiences")
                .doesNotContainKeys("quarkus.datasource.jdbc.url", "kafka.bootstrap.servers");
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
