package id.lindung.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.Disbursement;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.repository.DisbursementRepository;
import id.lindung.budget.rest.api.DisbursementRequest;
import id.lindung.budget.rest.api.DisbursementView;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.outbox.Outbox;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;

/**
 * Recording SP2D payments. The line is locked for the whole transaction, so concurrent payments from one line go one
 * at a time and their total can never pass the line's amount; the database refuses it too
 * ({@code budget_line_not_overspent}).
 */
@ApplicationScoped
public class DisbursementService {

    private static final String SP2D_UNIQUE = "disbursement_sp2d_unique";

    @Inject
    BudgetLineRepository lines;

    @Inject
    DisbursementRepository disbursements;

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

    @Inject
    Validator validator;

    @Inject
    BudgetConfig config;

    public static String operation(UUID lineId) {
        return "POST /api/v1/budget-lines/" + lineId + "/disbursements";
    }

    @Transactional
    public Idempotency.Response record(UUID lineId, String idempotencyKey, DisbursementRequest request) {
        String key = Idempotency.requireKey(idempotencyKey);
        BudgetLine line = lines.findForUpdate(lineId).filter(found -> access.mayRead(RegionCode.of(found.region)))
                .orElseThrow(() -> ProblemException.notFound("budget line " + lineId));
        access.requireWrite(RegionCode.of(line.region), line.budgetKind);
        check(request, line);
        String caller = access.subject();
        Optional<Idempotency.Response> replay = idempotency.replayOrTake(operation(lineId), caller, key, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (line.disbursed + request.amount() > line.amount) {
            throw ProblemException.unprocessable("overspend", "the line has Rp" + line.remaining()
                    + " left of Rp" + line.amount + "; this payment of Rp" + request.amount() + " would exceed it",
                    List.of(new FieldError("amount", "exceeds what the line has left (Rp" + line.remaining() + ")")));
        }
        String number = request.sp2dNumber().trim();
        Disbursement disbursement = new Disbursement();
        disbursement.id = UUID.randomUUID();
        disbursement.lineId = line.id;
        disbursement.region = line.region;
        disbursement.fiscalYear = line.fiscalYear;
        disbursement.sp2dNumber = number;
        disbursement.sp2dDate = request.sp2dDate();
        disbursement.amount = request.amount();
        disbursement.monthsCovered = request.monthsCovered().stream().distinct().sorted()
                .map(YearMonth::toString).toArray(String[]::new);
        disbursement.participants = request.participants();
        disbursement.recordedAt = OffsetDateTime.now();
        disbursement.recordedBy = caller;
        line.disbursed += request.amount();
        try {
            disbursements.persistAndFlush(disbursement);
        } catch (PersistenceException e) {
            if (Conflicts.violatedConstraint(e).filter(SP2D_UNIQUE::equals).isPresent()) {
                throw duplicateSp2d(number);
            }
            throw e;
        }
        List<Outbox.Entry> entries = new ArrayList<>(3);
        entries.add(events.disbursementRecorded(disbursement, line));
        entries.addAll(pools.change(PoolKey.parse(line.poolId), 0, 0, request.amount()));
        outbox.appendAll(entries);
        return idempotency.complete(operation(lineId), caller, key, 201,
                "/api/v1/budget-lines/" + line.id + "/disbursements/" + disbursement.id, null,
                DisbursementView.of(disbursement));
    }

    private void check(DisbursementRequest request, BudgetLine line) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required: an SP2D as JSON");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString()
                        .replaceAll("\\[\\d*]\\.<list element>", "").replace(".<list element>", ""),
                        violation.getMessage()))
                .toList());
        if (request.sp2dDate() != null) {
            LocalDate today = LocalDate.now(config.zone());
            if (request.sp2dDate().getYear() != line.fiscalYear) {
                errors.add(new FieldError("sp2dDate", "must be in the line's fiscal year " + line.fiscalYear));
            } else if (request.sp2dDate().isAfter(today)) {
                errors.add(new FieldError("sp2dDate", "must not be in the future"));
            }
        }
        if (request.monthsCovered() != null) {
            Set<YearMonth> seen = new HashSet<>();
            for (YearMonth month : request.monthsCovered()) {
                if (month == null) {
                    continue;
                }
                if (!seen.add(month)) {
                    errors.add(new FieldError("monthsCovered", "names " + month + " twice"));
                } else if (month.getYear() > line.fiscalYear || month.getYear() < line.fiscalYear - 1) {
                    errors.add(new FieldError("monthsCovered", month + " is neither in the fiscal year "
                            + line.fiscalYear + " nor an arrear of the year before"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.invalid(errors);
        }
    }

    private static ProblemException duplicateSp2d(String number) {
        return new ProblemException(409, "duplicate-sp2d", "Conflict",
                "SP2D " + number + " is already recorded for this region and fiscal year",
                List.of(new FieldError("sp2dNumber", "is already recorded for this region and fiscal year")));
    }
}
