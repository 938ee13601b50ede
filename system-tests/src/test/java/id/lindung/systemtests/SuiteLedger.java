package id.lindung.systemtests;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import id.lindung.devstack.Devstack;
import id.lindung.devstack.Topics;

/**
 * What the three services hold for a region, each asked its own way: enrollment-service's active enrollments, reporting's
 * coverage and budget-service's funding pools through the gateway; consumer lag, dead letters and outboxes from Kafka and
 * PostgreSQL directly.
 */
final class SuiteLedger {

    /** The consumer groups of the suite and the topic each follows. */
    static final Map<String, String> CONSUMERS = Map.of(
            "enrollment-service", Topics.BPJS_ENROLLMENT_EVENTS,
            "budget-service", Topics.ENROLLMENT_EVENTS,
            "reporting-service.enrollment", Topics.ENROLLMENT_EVENTS,
            "reporting-service.budget", Topics.BUDGET_EVENTS);
    static final List<String> DATABASES = List.of("enrollment", "budget", "reporting");
    private static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.dlq(Topics.BPJS_ENROLLMENT_EVENTS),
            Topics.dlq(Topics.ENROLLMENT_EVENTS), Topics.dlq(Topics.BUDGET_EVENTS));

    private final Devstack devstack;
    private final RequestSpecification gateway;

    SuiteLedger(Devstack devstack, RequestSpecification gateway) {
        this.devstack = devstack;
        this.gateway = gateway;
    }

    /** Active enrollments of people living or paid for in the region (enrollment-service). */
    long activeEnrollments(String region) {
        return given().spec(gateway).queryParam("region", region).queryParam("status", "ACTIVE").queryParam("size", 1)
                .when().get("/api/v1/enrollments")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** Active participants in the region's coverage report (reporting-service). */
    long coverageActive(String region) {
        return given().spec(gateway).when().get("/api/v1/reports/coverage/" + region)
                .then().statusCode(200).extract().jsonPath().getLong("active");
    }

    /**
     * Participants committed in the region's funding pools of a programme and year (budget-service), funded and
     * unfunded: {@code [funded, unfunded]}.
     */
    long[] poolParticipants(String region, int year, String programme) {
        long funded = 0;
        long unfunded = 0;
        for (int page = 0;; page++) {
            JsonPath pools = given().spec(gateway).queryParam("region", region).queryParam("year", year)
                    .queryParam("programme", programme).queryParam("page", page).queryParam("size", 100)
                    .when().get("/api/v1/funding-pools")
                    .then().statusCode(200).extract().jsonPath();
            funded += pools.getList("items.fundedParticipants", Long.class).stream().mapToLong(Long::longValue).sum();
            unfunded += pools.getList("items.unfundedParticipants", Long.class).stream().mapToLong(Long::longValue)
                    .sum();
            if (page + 1 >= pools.getInt("totalPages")) {
                return new long[]{funded, unfunded};
            }
        }
    }

    /** Records not yet consumed, per consumer group: end offsets minus committed offsets. */
    Map<String, Long> consumerLag() {
        return withAdmin(admin -> {
            Map<String, Long> lag = new HashMap<>();
            for (Map.Entry<String, String> consumer : CONSUMERS.entrySet()) {
                Set<TopicPartition> partitions = admin.describeTopics(List.of(consumer.getValue())).allTopicNames()
                        .get().get(consumer.getValue()).partitions().stream()
                        .map(partition -> new TopicPartition(consumer.getValue(), partition.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, Long> ends = endOffsets(admin, partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(Map.of(consumer.getKey(), new ListConsumerGroupOffsetsSpec()
                                .topicPartitions(partitions)))
                        .partitionsToOffsetAndMetadata(consumer.getKey()).get();
                lag.put(consumer.getKey(), partitions.stream()
                        .mapToLong(partition -> ends.get(partition) - offset(committed.get(partition)))
                        .sum());
            }
            return lag;
        });
    }

    /** Messages ever dead-lettered, per dead-letter topic (their end offsets). */
    Map<String, Long> deadLetters() {
        return withAdmin(admin -> {
            Map<String, Long> letters = new HashMap<>();
            for (String topic : DEAD_LETTER_TOPICS) {
                Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().stream().map(partition -> new TopicPartition(topic, partition.partition()))
                        .collect(Collectors.toSet());
                letters.put(topic, endOffsets(admin, partitions).values().stream().mapToLong(Long::longValue).sum());
            }
            return letters;
        });
    }

    /** Outbox rows not yet published, per service database. */
    Map<String, Long> unpublishedOutbox() {
        Map<String, Long> unpublished = new HashMap<>();
        for (String database : DATABASES) {
            unpublished.put(database, count(database, "select count(*) from outbox_message where published_at is null"));
        }
        return unpublished;
    }

    /**
     * enrollment-service's own rows for the KPJs {@code [from, to)}: {@code [participants, active enrollments,
     * participants with more than one active enrollment]}.
     */
    long[] enrollmentRows(long fromKpj, long toKpj) {
        String kpj = "p.kpj >= '" + fromKpj + "' and p.kpj < '" + toKpj + "' and length(p.kpj) = 11";
        return new long[]{
                count("enrollment", "select count(*) from participant p where " + kpj),
                count("enrollment", "select count(*) from enrollment e join participant p on p.id = e.participant_id"
                        + " where e.status = 'ACTIVE' and " + kpj),
                count("enrollment", "select count(*) from (select e.participant_id from enrollment e join participant p"
                        + " on p.id = e.participant_id where e.status = 'ACTIVE' and " + kpj
                        + " group by e.participant_id having count(*) > 1) doubled")};
    }

    private long count(String database, String sql) {
        try (Connection connection = devstack.postgres().serviceDataSource(database).getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
    }

    /** A question to Kafka's admin API. */
    private interface AdminQuery<T> {
        T ask(Admin admin) throws InterruptedException, ExecutionException;
    }

    private <T> T withAdmin(AdminQuery<T> query) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            return query.ask(admin);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka could not tell the offsets: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private static long offset(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }
}
