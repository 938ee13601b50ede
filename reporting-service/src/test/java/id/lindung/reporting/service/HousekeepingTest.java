package id.lindung.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class HousekeepingTest {

    @Inject
    Housekeeping housekeeping;

    @Inject
    EntityManager entityManager;

    private void processed(String eventId, String age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at)
                values (:consumer, :id, now() - cast(:age as interval))""")
                .setParameter("consumer", EnrollmentProjection.CONSUMER)
                .setParameter("id", eventId)
                .setParameter("age", age)
                .executeUpdate());
    }

    private boolean remembered(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from processed_event where event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty());
    }

    @Test
    void idsOfEventsAppliedLongerAgoThanTheRetentionAreForgottenAndRecentOnesKept() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        processed(old, "15 days");
        processed(recent, "1 day");

        housekeeping.purgeProcessedEvents();

        assertThat(remembered(old)).isFalse();
        assertThat(remembered(recent)).isTrue();
    }
}
