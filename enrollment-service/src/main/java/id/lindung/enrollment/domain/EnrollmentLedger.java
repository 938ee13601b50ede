package id.lindung.enrollment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import id.lindung.contracts.event.DoubleFundingFinding;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.Programme;
import id.lindung.platform.problem.FieldError;

/**
 * Applies valid, new inbound records to participants and their enrollments, in memory, and collects everything the
 * batch must write: history rows, enrollment events and double-funding findings. No I/O: the service loads the state
 * before and writes the result after, in one transaction.
 * <p>
 * Rules:
 * <ul>
 * <li>An enrollment is identified by its participant and its payer (type and region); the active one is unique.</li>
 * <li>ENROLLED creates an enrollment (a new one after an end), or updates the active one under the same payer.</li>
 * <li>CHANGED and ENDED need a known enrollment; CHANGED of an ended enrollment is refused.</li>
 * <li>The newest {@code occurredAt} wins: an event older than the enrollment's current state is kept in its history and
 * changes nothing. Records of one participant should therefore be given in {@code occurredAt} order.</li>
 * <li>Every applied change increases the enrollment's {@code sequence} and emits exactly one event.</li>
 * <li>An active enrollment that shares a month and a programme with another active enrollment of the same participant
 * under another payer is double funding: one finding per pair, naming the programmes both pay. Payers that split the
 * programmes (the province pays JKK and JKM, the regency JHT) are not.</li>
 * </ul>
 */
public final class EnrollmentLedger {

    /** An enrollment event to publish (the CloudEvent type and its data), and the index of the record behind it. */
    public record Emitted(int index, String type, EnrollmentChange change) {
    }

    /**
     * A double-funding finding, the domicile region it is filed under, the programmes both payers pay for, and the
     * index of the record behind it.
     */
    public record Found(int index, DoubleFundingFinding finding, String domicileRegion, Set<Programme> programmes) {
    }

    private final Function<BpjsRecord, ParticipantState> newParticipant;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Emitted> emitted = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();

    /** @param newParticipant creates the participant a first ENROLLED record introduces */
    public EnrollmentLedger(Function<BpjsRecord, ParticipantState> newParticipant) {
        this.newParticipant = newParticipant;
    }

    /**
     * Applies one record to its participant ({@code null} when the NIK is not known yet). Answers the result; a newly
     * created participant is available from {@link RecordResult#participantId()} and the returned state.
     */
    public Applied apply(int index, BpjsRecord record, ParticipantState participant) {
        if (participant == null) {
            if (record.type() != EventKind.ENROLLED) {
                return new Applied(null, unknownEnrollment(index, record));
            }
            participant = newParticipant.apply(record);
        }
        Optional<EnrollmentState> current = participant.enrollments.stream()
                .filter(enrollment -> enrollment.isPaidBy(record.payer()))
                .max(Comparator.comparing((EnrollmentState e) -> e.isActive())
                        .thenComparing(e -> e.lastOccurredAt));
        RecordResult result = switch (record.type()) {
            case ENROLLED -> enrol(index, record, participant, current.orElse(null));
            case CHANGED, ENDED -> current.isEmpty()
                    ? unknownEnrollment(index, record)
                    : change(index, record, participant, current.get());
        };
        return new Applied(participant, result);
    }

    /** The participant the record was applied to (null when refused before one existed) and the answer. */
    public record Applied(ParticipantState participant, RecordResult result) {
    }

    public List<HistoryEntry> history() {
        return history;
    }

    public List<Emitted> emitted() {
        return emitted;
    }

    public List<Found> found() {
        return found;
    }

    private RecordResult enrol(int index, BpjsRecord record, ParticipantState participant, EnrollmentState current) {
        if (current != null && record.occurredAt().isBefore(current.lastOccurredAt)) {
            return late(index, record, participant, current);
        }
        if (current != null && current.isActive()) {
            return applyChange(index, record, participant, current, Effect.CHANGED);
        }
        EnrollmentState enrollment = new EnrollmentState(UUID.randomUUID(), participant.id,
                EnrollmentChange.Status.ACTIVE, record.payer().type(), record.payer().region(), 0,
                record.occurredAt(), true);
        participant.enrollments.add(enrollment);
        return applyChange(index, record, participant, enrollment, Effect.ACTIVATED);
    }

    private RecordResult change(int index, BpjsRecord record, ParticipantState participant,
            EnrollmentState current) {
        if (record.occurredAt().isBefore(current.lastOccurredAt)) {
            return late(index, record, participant, current);
        }
        if (record.type() == EventKind.CHANGED && !current.isActive()) {
            return RecordResult.rejected(index, record.eventId(), List.of(new FieldError("type",
                    "the enrollment under this payer ended (coverage until " + current.coverageEnd
                            + "); send ENROLLED to enrol the participant again")));
        }
        return applyChange(index, record, participant, current,
                record.type() == EventKind.ENDED ? Effect.ENDED : Effect.CHANGED);
    }

    private RecordResult applyChange(int index, BpjsRecord record, ParticipantState participant,
            EnrollmentState enrollment, Effect effect) {
        enrollment.takeStateFrom(record);
        enrollment.status = effect == Effect.ENDED ? EnrollmentChange.Status.ENDED : EnrollmentChange.Status.ACTIVE;
        enrollment.sequence++;
        if (!record.occurredAt().isBefore(participant.lastOccurredAt)) {
            participant.kpj = record.kpj();
            participant.fullName = record.fullName();
            participant.lastOccurredAt = record.occurredAt();
            participant.dirty = true;
        }
        history.add(new HistoryEntry(enrollment.id, participant.id, record, true, enrollment.sequence));
        String type = switch (effect) {
            case ACTIVATED -> EventTypes.ENROLLMENT_ACTIVATED;
            case ENDED -> EventTypes.ENROLLMENT_ENDED;
            default -> EventTypes.ENROLLMENT_CHANGED;
        };
        emitted.add(new Emitted(index, type, changeOf(participant, enrollment)));
        if (enrollment.isActive()) {
            detectDoubleFunding(index, participant, enrollment);
        }
        return RecordResult.accepted(index, record.eventId(), effect, participant.id, enrollment.id);
    }

    private RecordResult late(int index, BpjsRecord record, ParticipantState participant, EnrollmentState current) {
        history.add(new HistoryEntry(current.id, participant.id, record, false, null));
        return RecordResult.accepted(index, record.eventId(), Effect.HISTORY_ONLY, participant.id, current.id);
    }

    private void detectDoubleFunding(int index, ParticipantState participant, EnrollmentState changed) {
        for (EnrollmentState other : participant.enrollments) {
            if (other == changed || !other.isActive()
                    || participant.findingPairs.contains(other.id + ":" + changed.id)) {
                continue;
            }
            Set<Programme> paidTwice = EnumSet.noneOf(Programme.class);
            paidTwice.addAll(other.programmes);
            paidTwice.retainAll(changed.programmes);
            if (paidTwice.isEmpty()) {
                continue;
            }
            DoubleFunding.overlap(other.coverageStart, other.coverageEnd, changed.coverageStart, changed.coverageEnd)
                    .ifPresent(overlap -> {
                        DoubleFundingFinding finding = new DoubleFundingFinding(UUID.randomUUID().toString(),
                                participant.id.toString(), other.id.toString(), other.payer(),
                                changed.id.toString(), changed.payer(), overlap.from(), overlap.to());
                        participant.findingPairs.add(other.id + ":" + changed.id);
                        participant.findingPairs.add(changed.id + ":" + other.id);
                        found.add(new Found(index, finding, changed.domicileRegion, paidTwice));
                    });
        }
    }

    private static RecordResult unknownEnrollment(int index, BpjsRecord record) {
        return RecordResult.rejected(index, record.eventId(), List.of(new FieldError("type", record.type()
                + " needs a known enrollment: no enrollment of this participant under payer " + record.payer().type()
                + (record.payer().region() == null ? "" : " " + record.payer().region()) + " is known")));
    }

    /** The event data: the full state after the change, without NIK or name. */
    public static EnrollmentChange changeOf(ParticipantState participant, EnrollmentState enrollment) {
        return new EnrollmentChange(participant.id.toString(), enrollment.id.toString(), enrollment.sequence,
                enrollment.status, enrollment.category, enrollment.segment, enrollment.programmes,
                enrollment.domicileRegion, enrollment.payer(), enrollment.wageBase, enrollment.riskClass,
                enrollment.coverageStart, enrollment.coverageEnd, participant.sex, participant.birthDate.getYear(),
                enrollment.lastOccurredAt);
    }
}
