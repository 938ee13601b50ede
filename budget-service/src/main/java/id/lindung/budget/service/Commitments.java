package id.lindung.budget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.CommitmentPlanner;
import id.lindung.budget.domain.EnrollmentTerms;
import id.lindung.budget.repository.EnrollmentCommitmentRepository;
import id.lindung.budget.repository.FundingPoolRepository;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.inbox.ProcessedEvents;

/**
 * Applies enrollment changes to the funding pools' running sums. Each change carries the enrollment's full state, so
 * only the latest change of an enrollment in a batch matters, and a change older than the stored one is ignored. The
 * commitments an enrollment made before are subtracted exactly as they were added, whatever the rates say now.
 */
@ApplicationScoped
public class Commitments {

    /** The consumer name under which processed event ids are recorded. */
    public static final String CONSUMER = "budget-service.commitments";

    /** One change as received. */
    public record Change(String eventId, EnrollmentChange data) {
    }

    /** What a batch did. */
    public record Outcome(int applied, int duplicates, int stale) {
    }

    @Inject
    ProcessedEvents processed;

    @Inject
    EnrollmentCommitmentRepository states;

    @Inject
    FundingPoolRepository pools;

    @Inject
    Rates rates;

    @Inject
    BudgetConfig config;

    private final Counter unpriced;

    @Inject
    public Commitments(MeterRegistry registry) {
        this.unpriced = Counter.builder("budget.commitments.unpriced.months")
                .description("Covered months the rate table could not price (committed as 0)")
                .register(registry);
    }

    /**
     * The terms of an enrollment change, or {@code IllegalArgumentException} with the reason when it can never be
     * applied (such a change belongs in the dead-letter topic).
     */
    public EnrollmentTerms termsOf(EnrollmentChange change) {
        EnrollmentChange.Payer payer = change.payer();
        PayerType payerType = payer == null ? null : payer.type();
        if (payerType == null) {
            throw new IllegalArgumentException("payer.type is missing");
        }
        String payerRegion = null;
        if (payerType.isRegionalBudget()) {
            RegionCode region = RegionCode.parse(payer.region()).orElseThrow(() -> new IllegalArgumentException(
                    "payer.region is required for " + payerType + " and must be a Kemendagri code"));
            payerRegion = region.ancestorAt(payerType.budgetLevel()).orElseThrow(() -> new IllegalArgumentException(
                    "payer.region " + region + " is above the level of a " + payerType + " government"))
                    .value();
        }
        LocalDate end = change.coverageEnd();
        if (end == null && change.status() == EnrollmentChange.Status.ENDED) {
            end = change.occurredAt().atZoneSameInstant(config.zone()).toLocalDate();
        }
        if (change.coverageStart() == null) {
            throw new IllegalArgumentException("coverageStart is missing");
        }
        if (end != null && end.isBefore(change.coverageStart())) {
            throw new IllegalArgumentException("coverageEnd " + end + " is before coverageStart "
                    + change.coverageStart());
        }
        return new EnrollmentTerms(change.category(), change.segment(), Set.copyOf(change.programmes()), payerType,
                payerRegion, change.wageBase(), change.riskClass(), change.coverageStart(), end);
    }

    /** Applies a batch in one transaction, together with the record of its event ids. */
    @Transactional
    public Outcome apply(List<Change> changes) {
        Set<String> claimed = processed.claimAll(CONSUMER, changes.stream().map(Change::eventId).toList());
        Map<UUID, Change> latest = new LinkedHashMap<>();
        for (Change change : changes) {
            if (claimed.contains(change.eventId())) {
                latest.merge(UUID.fromString(change.data().enrollmentId()), change,
                        (one, other) -> other.data().sequence() > one.data().sequence() ? other : one);
            }
        }
        Map<UUID, EnrollmentCommitmentRepository.Stored> stored = states.lockAll(latest.keySet());
        CommitmentPlanner planner = planner();
        int horizon = horizonYear();
        Map<String, FundingPoolRepository.CommitmentDelta> deltas = new TreeMap<>();
        List<EnrollmentCommitmentRepository.Stored> writes = new ArrayList<>();
        int stale = 0;
        for (Map.Entry<UUID, Change> entry : latest.entrySet()) {
            EnrollmentChange change = entry.getValue().data();
            EnrollmentCommitmentRepository.Stored before = stored.get(entry.getKey());
            if (before != null && before.sequence() >= change.sequence()) {
                stale++;
                continue;
            }
            EnrollmentTerms terms = termsOf(change);
            if (before == null && !terms.isRegionallyFunded()) {
                continue;
            }
            CommitmentPlanner.Plan plan = planner.plan(terms, horizon);
            unpriced.increment(plan.unpriced());
            addDelta(deltas, before == null ? Map.of() : before.commitments(), plan.byPool());
            writes.add(new EnrollmentCommitmentRepository.Stored(entry.getKey(),
                    UUID.fromString(change.participantId()), change.sequence(), change.status().name(), terms,
                    horizon, plan.byPool()));
        }
        deltas.values().removeIf(FundingPoolRepository.CommitmentDelta::isEmpty);
        pools.addCommitments(deltas);
        states.upsertAll(writes);
        return new Outcome(latest.size() - stale, changes.size() - claimed.size(), stale);
    }

    /**
     * Re-plans stored enrollments up to a new horizon year (the yearly roll-over), in the caller's transaction; the
     * stored states must be locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extend(Collection<EnrollmentCommitmentRepository.Stored> open, int horizon) {
        CommitmentPlanner planner = planner();
        Map<String, FundingPoolRepository.CommitmentDelta> deltas = new TreeMap<>();
        List<EnrollmentCommitmentRepository.Stored> writes = new ArrayList<>(open.size());
        for (EnrollmentCommitmentRepository.Stored state : open) {
            CommitmentPlanner.Plan plan = planner.plan(state.terms(), horizon);
            unpriced.increment(plan.unpriced());
            addDelta(deltas, state.commitments(), plan.byPool());
            writes.add(new EnrollmentCommitmentRepository.Stored(state.enrollmentId(), state.participantId(),
                    state.sequence(), state.status(), state.terms(), horizon, plan.byPool()));
        }
        deltas.values().removeIf(FundingPoolRepository.CommitmentDelta::isEmpty);
        pools.addCommitments(deltas);
        states.upsertAll(writes);
    }

    /** The last fiscal year an open-ended enrollment commits to now. */
    public int horizonYear() {
        return LocalDate.now(config.zone()).getYear() + config.commitments().yearsAhead();
    }

    private CommitmentPlanner planner() {
        return new CommitmentPlanner(rates.book(), config.fiscalYears().first(),
                config.commitments().defaultRiskClass());
    }

    static void addDelta(Map<String, FundingPoolRepository.CommitmentDelta> deltas, Map<String, long[]> before,
            Map<String, long[]> after) {
        Set<String> touched = new HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        long[] none = new long[12];
        for (String pool : touched) {
            long[] old = before.getOrDefault(pool, none);
            long[] now = after.getOrDefault(pool, none);
            FundingPoolRepository.CommitmentDelta delta = deltas.computeIfAbsent(pool,
                    key -> new FundingPoolRepository.CommitmentDelta());
            boolean wasIn = false;
            boolean isIn = false;
            for (int month = 0; month < 12; month++) {
                delta.amounts[month] += now[month] - old[month];
                delta.participantsByMonth[month] += (now[month] > 0 ? 1 : 0) - (old[month] > 0 ? 1 : 0);
                wasIn |= old[month] > 0;
                isIn |= now[month] > 0;
            }
            delta.participants += (isIn ? 1 : 0) - (wasIn ? 1 : 0);
        }
    }

}
