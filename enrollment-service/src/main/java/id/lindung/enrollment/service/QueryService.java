package id.lindung.enrollment.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.person.Nik;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.security.Roles;
import id.lindung.enrollment.repository.Enrollment;
import id.lindung.enrollment.repository.EnrollmentRepository;
import id.lindung.enrollment.repository.Finding;
import id.lindung.enrollment.repository.FindingRepository;
import id.lindung.enrollment.repository.HistoryRepository;
import id.lindung.enrollment.repository.HistoryRow;
import id.lindung.enrollment.repository.IngestionRepository;
import id.lindung.enrollment.repository.Participant;
import id.lindung.enrollment.repository.ParticipantRepository;
import id.lindung.enrollment.rest.api.EnrollmentView;
import id.lindung.enrollment.rest.api.FindingView;
import id.lindung.enrollment.rest.api.HistoryView;
import id.lindung.enrollment.rest.api.ParticipantSearch;
import id.lindung.enrollment.rest.api.ParticipantView;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.security.Caller;
import id.lindung.platform.web.Page;

/**
 * The read side: participants, enrollments with history, double-funding findings. Enforces the caller's region scope
 * (an enrollment belongs to a region when its domicile or its payer lies within it) and what personal data each role
 * may see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueryService {

    @Inject
    ParticipantRepository participants;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    HistoryRepository history;

    @Inject
    FindingRepository findings;

    @Inject
    PersonalData personalData;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * The participant with the enrollments the caller may see; empty (404) when there is none outside national scope,
     * exactly as for an id that does not exist, so that nobody learns who is enrolled elsewhere.
     */
    public Optional<ParticipantView> participant(UUID id) {
        boolean national = caller.requireScope().equals(RegionCode.NATION);
        return participants.findByIdOptional(id).flatMap(participant -> {
            List<Enrollment> visible = visibleEnrollments(participant);
            return visible.isEmpty() && !national ? Optional.empty() : Optional.of(view(participant, visible));
        });
    }

    /** By NIK (through the keyed hash) or KPJ; bpjs and admin only, who see everything. */
    public List<ParticipantView> search(ParticipantSearch search) {
        boolean byNik = search != null && search.nik() != null && !search.nik().isBlank();
        boolean byKpj = search != null && search.kpj() != null && !search.kpj().isBlank();
        if (byNik == byKpj) {
            throw ProblemException.invalid(List.of(new FieldError("nik", "give exactly one of nik and kpj"),
                    new FieldError("kpj", "give exactly one of nik and kpj")));
        }
        if (byNik) {
            String nik = search.nik().strip();
            List<String> problems = Nik.problems(nik);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid("nik", problems.get(0));
            }
            return participants.findByNikHash(personalData.hash(nik)).stream()
                    .map(participant -> view(participant, enrollments.ofParticipant(participant.id)))
                    .toList();
        }
        return participants.findByKpj(search.kpj().strip()).stream()
                .map(participant -> view(participant, enrollments.ofParticipant(participant.id)))
                .toList();
    }

    public Optional<EnrollmentView> enrollment(UUID id) {
        // one outside the caller's scope is empty (404) like an unknown id: nothing tells whether it exists
        return enrollments.findByIdOptional(id).filter(this::isVisible).map(enrollment -> {
            List<HistoryView> events = history.ofEnrollment(id).stream().map(this::view).toList();
            return view(enrollment, events);
        });
    }

    /** Enrollments in the region (the caller's whole scope when none is given). */
    public Page<EnrollmentView> enrollments(EnrollmentRepository.Filter filter, int page, int size) {
        RegionCode region = regionWithinScope(filter.region());
        EnrollmentRepository.Filter scoped = new EnrollmentRepository.Filter(region, filter.category(),
                filter.status(), filter.payerType(), filter.payerRegion());
        PanacheQuery<Enrollment> query = enrollments.search(scoped, page, size);
        return Page.of(query.list().stream().map(enrollment -> view(enrollment, null)).toList(), page, size,
                query.count());
    }

    public Page<FindingView> findings(RegionCode requested, int page, int size) {
        PanacheQuery<Finding> query = findings.within(regionWithinScope(requested), page, size);
        return Page.of(query.list().stream().map(QueryService::view).toList(), page, size, query.count());
    }

    private RegionCode regionWithinScope(RegionCode requested) {
        RegionCode scope = caller.requireScope();
        if (requested == null) {
            return scope;
        }
        caller.requireAccess(requested);
        return requested;
    }

    private List<Enrollment> visibleEnrollments(Participant participant) {
        return enrollments.ofParticipant(participant.id).stream().filter(this::isVisible).toList();
    }

    private boolean isVisible(Enrollment enrollment) {
        return RegionCode.parse(enrollment.domicileRegion).map(caller::mayAccess).orElse(false)
                || RegionCode.parse(enrollment.payerRegion).map(caller::mayAccess).orElse(false);
    }

    private ParticipantView view(Participant participant, List<Enrollment> visible) {
        Map<UUID, List<HistoryView>> historyOf = history.ofEnrollments(visible.stream().map(e -> e.id).toList())
                .stream()
                .collect(Collectors.groupingBy(row -> row.enrollmentId, Collectors.mapping(this::view,
                        Collectors.toList())));
        boolean full = caller.hasRole(Roles.BPJS) || caller.hasRole(Roles.ADMIN);
        boolean named = full || caller.hasRole(Roles.FINANCE);
        return new ParticipantView(participant.id,
                full ? personalData.decrypt(participant.nikEncrypted) : participant.nikMasked,
                full ? participant.kpj : null,
                named ? participant.fullName : null,
                full ? participant.birthDate : null,
                participant.sex,
                participant.birthDate.getYear(),
                visible.stream().map(enrollment -> view(enrollment, historyOf.getOrDefault(enrollment.id, List.of())))
                        .toList());
    }

    private static EnrollmentView view(Enrollment enrollment, List<HistoryView> events) {
        return new EnrollmentView(enrollment.id, enrollment.participantId, enrollment.status, enrollment.category,
                enrollment.segment, IngestionRepository.programmes(enrollment.programmes), enrollment.occupation,
                enrollment.domicileRegion, new EnrollmentChange.Payer(enrollment.payerType, enrollment.payerRegion),
                enrollment.wageBase, enrollment.riskClass, enrollment.coverageStart, enrollment.coverageEnd,
                enrollment.endReason, enrollment.sequence, enrollment.lastOccurredAt, events);
    }

    private HistoryView view(HistoryRow row) {
        JsonNode state;
        try {
            state = json.readTree(row.state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history row " + row.id + " holds unreadable state", e);
        }
        return new HistoryView(row.eventId, row.eventType, row.occurredAt, row.receivedAt, row.applied, row.sequence,
                row.source, state);
    }

    private static FindingView view(Finding finding) {
        return new FindingView(finding.id, finding.participantId, finding.domicileRegion,
                new FindingView.Funded(finding.firstEnrollmentId,
                        new EnrollmentChange.Payer(finding.firstPayerType, finding.firstPayerRegion)),
                new FindingView.Funded(finding.secondEnrollmentId,
                        new EnrollmentChange.Payer(finding.secondPayerType, finding.secondPayerRegion)),
                finding.overlapFrom, finding.overlapTo, IngestionRepository.programmes(finding.programmes),
                finding.detectedAt);
    }
}
