package id.lindung.budget.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.BudgetLineRevision;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.repository.BudgetLineRevisionRepository;
import id.lindung.budget.rest.api.BudgetLineRequest;
import id.lindung.budget.rest.api.BudgetLineView;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.outbox.Outbox;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.ETags;

/** Allocating and revising budget lines: each change with its revision, its pool's sums and its events, atomically. */
@ApplicationScoped
public class BudgetLineService {

    public static final String CREATE = "POST /api/v1/budget-lines";
    private static final String EXTERNAL_REF_UNIQUE = "budget_line_external_ref_unique";

    @Inject
    BudgetLineRepository lines;

    @Inject
    BudgetLineRevisionRepository revisions;

    @Inject
    BudgetLineRules rules;

    @Inject
    RegionAccess access;

    @Inject
    Idempotency idempotency;

    @Inject
    FundingPools pools;

    @Inject
    BudgetEvents events;

    @Inject
    Outbox outbox;

    /** Posts a line (revision 1, stage MURNI unless given), or replays the first response to the key. */
    @Transactional
    public Idempotency.Response create(String idempotencyKey, BudgetLineRequest request) {
        String key = Idempotency.requireKey(idempotencyKey);
        BudgetLineRules.Checked checked = rules.check(request);
        access.requireWrite(checked.region(), request.budgetKind());
        String caller = access.subject();
        Optional<Idempotency.Response> replay = idempotency.replayOrTake(CREATE, caller, key, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        String region = checked.region().value();
        PoolKey poolKey = new PoolKey(region, request.fiscalYear(), request.programme(), request.targetCategory());
        List<Outbox.Entry> positions = pools.change(poolKey, request.amount(), 1, 0);

        OffsetDateTime now = OffsetDateTime.now();
        BudgetLine line = new BudgetLine();
        line.id = UUID.randomUUID();
        line.fiscalYear = request.fiscalYear();
        line.region = region;
        line.budgetKind = request.budgetKind();
        line.stage = checked.stage();
        line.payerType = PayerType.forBudgetLevel(checked.region().level());
        line.externalRef = request.externalRef().trim();
        line.programme = request.programme();
        line.targetCategory = request.targetCategory();
        line.poolId = poolKey.id();
        line.revision = 1;
        line.disbursed = 0;
        line.createdAt = now;
        line.createdBy = caller;
        apply(line, request, checked, now, caller);
        try {
            lines.persist(line);
            revisions.persist(BudgetLineRevision.of(line, null, request.note()));
            lines.flush();
        } catch (PersistenceException e) {
            if (Conflicts.violatedConstraint(e).filter(EXTERNAL_REF_UNIQUE::equals).isPresent()) {
                throw duplicateExternalRef();
            }
            throw e;
        }
        List<Outbox.Entry> entries = new ArrayList<>(positions.size() + 1);
        entries.add(events.lineAllocated(line));
        entries.addAll(positions);
        outbox.appendAll(entries);
        return idempotency.complete(CREATE, caller, key, 201, "/api/v1/budget-lines/" + line.id,
                ETags.of(line.version), BudgetLineView.of(line));
    }

    /**
     * Revises a line (e.g. APBD-Perubahan) as a new revision, when {@code If-Match} names its current version. A
     * revision that changes nothing records nothing.
     */
    @Transactional
    public BudgetLine revise(UUID id, String ifMatch, BudgetLineRequest request) {
        long expected = ETags.requireVersion(ifMatch);
        BudgetLine line = lines.findForUpdate(id).filter(found -> access.mayRead(RegionCode.of(found.region)))
                .orElseThrow(() -> ProblemException.notFound("budget line " + id));
        access.requireWrite(RegionCode.of(line.region), line.budgetKind);
        ETags.requireCurrent(expected, line.version);
        BudgetLineRules.Checked checked = rules.check(request);

        List<FieldError> refused = new ArrayList<>();
        unchanged(refused, "fiscalYear", line.fiscalYear, request.fiscalYear());
        unchanged(refused, "region", line.region, checked.region().value());
        unchanged(refused, "budgetKind", line.budgetKind, request.budgetKind());
        unchanged(refused, "programme", line.programme, request.programme());
        unchanged(refused, "targetCategory", line.targetCategory, request.targetCategory());
        unchanged(refused, "externalRef", line.externalRef, request.externalRef().trim());
        if (line.stage == BudgetStage.PERUBAHAN && checked.stage() == BudgetStage.MURNI) {
            refused.add(new FieldError("stage", "cannot go back to MURNI once the line was revised by an"
                    + " APBD-Perubahan"));
        }
        if (request.amount() < line.disbursed) {
            refused.add(new FieldError("amount", "cannot be below what the line has already disbursed (Rp"
                    + line.disbursed + ")"));
        }
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("revision-refused", refused.size() == 1
                    ? refused.get(0).field() + ": " + refused.get(0).message()
                    : refused.size() + " fields cannot be revised so", refused);
        }
        if (!changes(line, request, checked)) {
            return line;
        }
        long previous = line.amount;
        OffsetDateTime now = OffsetDateTime.now();
        String caller = access.subject();
        line.revision++;
        apply(line, request, checked, now, caller);
        revisions.persist(BudgetLineRevision.of(line, previous, request.note()));
        lines.flush();
        List<Outbox.Entry> entries = new ArrayList<>(3);
        entries.add(events.lineRevised(line, previous));
        if (line.amount != previous) {
            entries.addAll(pools.change(PoolKey.parse(line.poolId), line.amount - previous, 0, 0));
        }
        outbox.appendAll(entries);
        return line;
    }

    private static void apply(BudgetLine line, BudgetLineRequest request, BudgetLineRules.Checked checked,
            OffsetDateTime now, String caller) {
        line.stage = checked.stage();
        line.fundingSource = request.fundingSource();
        line.amount = request.amount();
        line.targetParticipants = request.targetParticipants();
        line.accountCode = checked.account().code();
        line.accountCodeOriginal = checked.account().original();
        line.agencyCode = request.agency() == null ? null : request.agency().code().trim();
        line.agencyName = request.agency() == null || request.agency().name() == null
                ? null
                : request.agency().name().trim();
        line.subActivityCode = request.subActivityCode();
        line.updatedAt = now;
        line.updatedBy = caller;
    }

    private static boolean changes(BudgetLine line, BudgetLineRequest request, BudgetLineRules.Checked checked) {
        String agencyCode = request.agency() == null ? null : request.agency().code().trim();
        String agencyName = request.agency() == null || request.agency().name() == null
                ? null
                : request.agency().name().trim();
        return line.stage != checked.stage() || line.fundingSource != request.fundingSource()
                || line.amount != request.amount()
                || line.targetParticipants != request.targetParticipants()
                || !line.accountCodeOriginal.equals(checked.account().original())
                || !Objects.equals(line.agencyCode, agencyCode) || !Objects.equals(line.agencyName, agencyName)
                || !Objects.equals(line.subActivityCode, request.subActivityCode());
    }

    private static void unchanged(List<FieldError> refused, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            refused.add(new FieldError(field, "cannot change on a revision (it is " + current
                    + "): it places the line in its funding pool; post a new line instead"));
        }
    }

    private static ProblemException duplicateExternalRef() {
        return new ProblemException(409, "duplicate-external-ref", "Conflict",
                "a line with this externalRef already exists for the region and fiscal year",
                List.of(new FieldError("externalRef", "is already used in this region and fiscal year")));
    }
}
