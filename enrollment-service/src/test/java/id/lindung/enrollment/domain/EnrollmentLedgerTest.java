package id.lindung.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Nik;
import id.lindung.contracts.programme.Programme;
import id.lindung.enrollment.support.Records;

class EnrollmentLedgerTest {

    private final RecordChecker checker = new RecordChecker(code -> true, code -> true, Clock.systemUTC());
    private final EnrollmentLedger ledger = new EnrollmentLedger(record -> new ParticipantState(UUID.randomUUID(),
            new byte[]{1}, Nik.mask(record.nik()), record.kpj(), record.fullName(), record.birthDate(),
            record.sex(), record.occurredAt(), true));

    private BpjsRecord record(ObjectNode json) {
        CheckedRecord checked = checker.check(0, json);
        assertThat(checked.reasons()).isEmpty();
        return checked.record();
    }

    private static ObjectNode payer(ObjectNode record, String type, String region) {
        ((ObjectNode) record.get("payer")).put("type", type).put("region", region);
        return record;
    }

    @Test
    void aFirstEnrolmentCreatesTheParticipantAndAnActiveEnrollmentAtSequenceOne() {
        EnrollmentLedger.Applied applied = ledger.apply(0, record(Records.enrolled()), null);

        assertThat(applied.result().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(applied.result().effect()).isEqualTo(Effect.ACTIVATED);
        assertThat(applied.participant().enrollments).singleElement()
                .satisfies(enrollment -> assertThat(enrollment.sequence).isEqualTo(1));
        assertThat(ledger.emitted()).singleElement()
                .satisfies(emitted -> assertThat(emitted.type()).isEqualTo(EventTypes.ENROLLMENT_ACTIVATED));
        assertThat(ledger.history()).singleElement().satisfies(entry -> assertThat(entry.applied()).isTrue());
    }

    @Test
    void changesAndTheEndFollowWithIncreasingSequences() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode changed = Records.next(enrolled, "CHANGED").put("wageBase", 2_000_000);
        ObjectNode ended = Records.next(changed, "ENDED");
        ParticipantState participant = ledger.apply(0, record(enrolled), null).participant();

        assertThat(ledger.apply(1, record(changed), participant).result().effect()).isEqualTo(Effect.CHANGED);
        assertThat(ledger.apply(2, record(ended), participant).result().effect()).isEqualTo(Effect.ENDED);

        assertThat(ledger.emitted()).extracting(EnrollmentLedger.Emitted::type).containsExactly(
                EventTypes.ENROLLMENT_ACTIVATED, EventTypes.ENROLLMENT_CHANGED, EventTypes.ENROLLMENT_ENDED);
        assertThat(ledger.emitted()).extracting(emitted -> emitted.change().sequence()).containsExactly(1L, 2L, 3L);
        EnrollmentChange last = ledger.emitted().get(2).change();
        assertThat(last.status()).isEqualTo(EnrollmentChange.Status.ENDED);
        assertThat(last.wageBase()).isEqualTo(2_000_000);
        assertThat(last.coverageEnd()).hasToString("2025-06-30");
    }

    @Test
    void anOlderEventArrivingLateIsKeptInHistoryWithoutChangingTheState() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode newer = Records.next(enrolled, "CHANGED").put("wageBase", 3_000_000);
        ObjectNode older = Records.next(enrolled, "CHANGED").put("wageBase", 1_500_000)
                .put("occurredAt", OffsetDateTime.parse(enrolled.get("occurredAt").asText()).plusMinutes(10).toString());
        ParticipantState participant = ledger.apply(0, record(enrolled), null).participant();
        ledger.apply(1, record(newer), participant);

        RecordResult late = ledger.apply(2, record(older), participant).result();

        assertThat(late.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(late.effect()).isEqualTo(Effect.HISTORY_ONLY);
        assertThat(participant.enrollments.get(0).wageBase).isEqualTo(3_000_000);
        assertThat(participant.enrollments.get(0).sequence).isEqualTo(2);
        assertThat(ledger.emitted()).hasSize(2);
        assertThat(ledger.history()).extracting(HistoryEntry::applied).containsExactly(true, true, false);
    }

    @Test
    void changedAndEndedAreRejectedForAnUnknownEnrollment() {
        ObjectNode enrolled = Records.enrolled();
        assertThat(ledger.apply(0, record(Records.next(enrolled, "CHANGED")), null).result().outcome())
                .isEqualTo(Outcome.REJECTED);
        ParticipantState participant = ledger.apply(1, record(enrolled), null).participant();
        ObjectNode otherPayer = payer(Records.next(enrolled, "ENDED"), "APBD_PROVINSI", "36");

        RecordResult result = ledger.apply(2, record(otherPayer), participant).result();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.message()).contains("needs a known enrollment"));
    }

    @Test
    void aChangeToAnEndedEnrollmentIsRejectedButANewEnrolmentStartsAFreshOne() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode ended = Records.next(enrolled, "ENDED");
        ParticipantState participant = ledger.apply(0, record(enrolled), null).participant();
        ledger.apply(1, record(ended), participant);

        ObjectNode changed = Records.next(ended, "CHANGED");
        changed.remove("endReason");
        assertThat(ledger.apply(2, record(changed), participant).result().outcome()).isEqualTo(Outcome.REJECTED);

        ObjectNode again = Records.next(ended, "ENROLLED").put("coverageStart", "2025-09-01");
        again.remove("endReason");
        again.remove("coverageEnd");
        RecordResult result = ledger.apply(3, record(again), participant).result();
        assertThat(result.effect()).isEqualTo(Effect.ACTIVATED);
        assertThat(participant.enrollments).hasSize(2);
        assertThat(participant.enrollments.get(1).sequence).isEqualTo(1);
    }

    @Test
    void twoActivePayersForOverlappingMonthsAreOneDoubleFundingFinding() {
        ObjectNode byRegency = Records.enrolled();
        ObjectNode byProvince = payer(Records.next(byRegency, "ENROLLED"), "APBD_PROVINSI", "36")
                .put("coverageStart", "2025-03-01");
        ParticipantState participant = ledger.apply(0, record(byRegency), null).participant();

        ledger.apply(1, record(byProvince), participant);
        ledger.apply(2, record(Records.next(byProvince, "CHANGED").put("wageBase", 1_200_000)), participant);

        assertThat(ledger.found()).singleElement().satisfies(found -> {
            assertThat(found.finding().firstPayer().type().name()).isEqualTo("APBD_KABKOTA");
            assertThat(found.finding().secondPayer().type().name()).isEqualTo("APBD_PROVINSI");
            assertThat(found.finding().overlapFrom()).hasToString("2025-03-01");
            assertThat(found.finding().overlapTo()).isNull();
            assertThat(found.programmes()).containsExactly(Programme.JKK, Programme.JKM);
        });
    }

    @Test
    void payersThatSplitTheProgrammesAreNotDoubleFunding() {
        ObjectNode byProvince = payer(Records.enrolled(), "APBD_PROVINSI", "36");
        ObjectNode byRegency = Records.next(byProvince, "ENROLLED");
        payer(byRegency, "APBD_KABKOTA", "36.03").putArray("programmes").add("JHT");
        ParticipantState participant = ledger.apply(0, record(byProvince), null).participant();

        ledger.apply(1, record(byRegency), participant);

        assertThat(participant.enrollments).hasSize(2);
        assertThat(ledger.found()).isEmpty();
    }

    @Test
    void aFindingNamesOnlyTheProgrammesBothPayersPay() {
        ObjectNode byRegency = Records.enrolled();
        ObjectNode byProvince = payer(Records.next(byRegency, "ENROLLED"), "APBD_PROVINSI", "36");
        byProvince.putArray("programmes").add("JKM").add("JHT");
        ParticipantState participant = ledger.apply(0, record(byRegency), null).participant();

        ledger.apply(1, record(byProvince), participant);

        assertThat(ledger.found()).singleElement()
                .satisfies(found -> assertThat(found.programmes()).containsExactly(Programme.JKM));
    }

    @Test
    void payersForDifferentMonthsAreNotDoubleFunding() {
        ObjectNode byRegency = Records.enrolled().put("coverageEnd", "2025-02-28");
        ObjectNode byProvince = payer(Records.next(byRegency, "ENROLLED"), "APBD_PROVINSI", "36")
                .put("coverageStart", "2025-03-01");
        byProvince.remove("coverageEnd");
        ParticipantState participant = ledger.apply(0, record(byRegency), null).participant();

        ledger.apply(1, record(byProvince), participant);

        assertThat(ledger.found()).isEmpty();
    }
}
