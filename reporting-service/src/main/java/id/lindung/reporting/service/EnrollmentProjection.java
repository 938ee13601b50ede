package id.lindung.reporting.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.platform.inbox.ProcessedEvents;
import id.lindung.reporting.config.ReportingConfig;
import id.lindung.reporting.domain.ChangeDating;
import id.lindung.reporting.domain.Contribution;
import id.lindung.reporting.domain.CoverageDeltas;
import id.lindung.reporting.domain.EnrollmentState;
import id.lindung.reporting.repository.CoverageCountRepository;
import id.lindung.reporting.repository.CoverageMonthRepository;
import id.lindung.reporting.repository.EnrollmentStateRepository;
import id.lindung.reporting.repository.WatermarkRepository;

/**
 * Applies enrollment events to the coverage read model, a batch per transaction: the event ids are claimed, the
 * participants' last applied states are loaded at once, each event is applied in memory in order, and the resulting
 * state rows, counter deltas and monthly deltas are written with one statement each.
 * <p>
 * Nothing is counted twice: a repeated event id is skipped (ProcessedEvents), an event whose {@code sequence} the
 * enrollment has already passed is skipped (a late or replayed event), and every event moves the participant's
 * contribution from its old cell to its new one rather than adding to it.
 */
@ApplicationScoped
public class EnrollmentProjection {

    /** The consumer name under which event ids are claimed and the watermark is kept. */
    public static final String CONSUMER = "reporting-service.enrollment";

    /** What a batch did. */
    public record Outcome(int applied, int duplicates, int stale) {
    }

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    EnrollmentStateRepository states;

    @Inject
    CoverageCountRepository counts;

    @Inject
    CoverageMonthRepository months;

    @Inject
    WatermarkRepository watermarks;

    @Inject
    ReportingConfig config;

    @Transactional
    public Outcome apply(List<CloudEvent<EnrollmentChange>> events) {
        if (events.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Set<String> claimed = processedEvents.claimAll(CONSUMER, events.stream().map(CloudEvent::id).toList());
        List<CloudEvent<EnrollmentChange>> fresh = new ArrayList<>(claimed.size());
        for (CloudEvent<EnrollmentChange> event : events) {
            if (claimed.remove(event.id())) {
                fresh.add(event);
            }
        }
        Set<UUID> participantIds = new HashSet<>();
        fresh.forEach(event -> participantIds.add(UUID.fromString(event.data().participantId())));

        Map<UUID, Map<UUID, EnrollmentState>> byParticipant = new HashMap<>();
        Map<UUID, EnrollmentState> byEnrollment = new HashMap<>();
        for (EnrollmentState state : states.forParticipants(participantIds)) {
            byParticipant.computeIfAbsent(state.participantId(), id -> new HashMap<>()).put(state.enrollmentId(), state);
            byEnrollment.put(state.enrollmentId(), state);
        }

        CoverageDeltas deltas = new CoverageDeltas();
        Map<UUID, EnrollmentState> changed = new LinkedHashMap<>();
        OffsetDateTime lastEventTime = null;
        int stale = 0;
        for (CloudEvent<EnrollmentChange> event : fresh) {
            EnrollmentState next = EnrollmentState.of(event.data());
            EnrollmentState previous = byEnrollment.get(next.enrollmentId());
            OffsetDateTime eventTime = event.time() != null ? event.time() : next.occurredAt();
            lastEventTime = lastEventTime == null || eventTime.isAfter(lastEventTime) ? eventTime : lastEventTime;
            if (previous != null && previous.sequence() >= next.sequence()) {
                stale++;
                continue;
            }
            Map<UUID, EnrollmentState> enrollments = byParticipant.computeIfAbsent(next.participantId(),
                    id -> new HashMap<>());
            Optional<Contribution> before = Contribution.of(enrollments.values());
            enrollments.put(next.enrollmentId(), next);
            byEnrollment.put(next.enrollmentId(), next);
            changed.put(next.enrollmentId(), next);
            deltas.move(before, Contribution.of(enrollments.values()),
                    ChangeDating.monthOf(previous, next, config.zone()));
            if (previous == null) {
                deltas.started(next.region(), next.category(), ChangeDating.startMonthOf(next, config.zone()));
            }
        }
        states.upsert(changed.values());
        counts.apply(deltas.counterChanges());
        months.apply(deltas.monthChanges());
        if (lastEventTime != null) {
            watermarks.advance(CONSUMER, lastEventTime, fresh.size());
        }
        return new Outcome(fresh.size() - stale, events.size() - fresh.size(), stale);
    }
}
