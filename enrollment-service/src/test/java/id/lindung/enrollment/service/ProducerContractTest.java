package id.lindung.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.platform.outbox.InvalidEventException;
import id.lindung.platform.outbox.Outbox;

/** enrollment-service never emits what budget-service and reporting-service would dead-letter. */
@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class ProducerContractTest extends EnrollmentTestBase {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aRecordBornBefore1900IsRejectedAtTheDoorThoughItsNikAgrees() {
        ObjectNode record = Records.enrolled();
        String nik = record.get("nik").asText().substring(0, 6) + "150189" + "0001";
        record.put("nik", nik).put("birthDate", "1889-01-15").put("sex", "MALE");

        post(Records.array(record)).statusCode(422).body("errors.field", hasItem("[0].birthDate"));
    }

    @Test
    void aWageAboveTheQuoteBoundIsRejectedAtTheDoor() {
        post(Records.array(Records.enrolled().put("wageBase", Long.MAX_VALUE))).statusCode(422)
                .body("errors.field", hasItem("[0].wageBase"));
    }

    @Test
    void theOutboxRefusesAnEventThatBreaksItsSchemaAndWritesNothing() {
        String participant = UUID.randomUUID().toString();
        EnrollmentChange bornTooEarly = new EnrollmentChange(participant, UUID.randomUUID().toString(), 1,
                EnrollmentChange.Status.ACTIVE, Category.NON_ASN, Segment.PU, EnumSet.of(Programme.JKK), "36.03.01",
                new EnrollmentChange.Payer(PayerType.APBD_KABKOTA, "36.03"), 1_000_000, 1, LocalDate.of(2025, 1, 1),
                null, Sex.FEMALE, 1889, OffsetDateTime.now());
        long before = outboxRows();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.append(EventTypes.ENROLLMENT_TOPIC,
                participant, outbox.event(EventTypes.ENROLLMENT_ACTIVATED, participant, bornTooEarly))))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("birthYear");
        assertThat(outboxRows()).isEqualTo(before);
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_message").getSingleResult()).longValue());
    }
}
