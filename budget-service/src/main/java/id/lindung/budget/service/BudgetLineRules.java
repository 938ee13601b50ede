package id.lindung.budget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.AccountCode;
import id.lindung.budget.rest.api.BudgetLineRequest;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.regions.RegionDirectory;

/**
 * Every rule a budget line must keep, checked in one pass so that one 400 names every bad field: the shape (Bean
 * Validation on the request) and the domain (fiscal-year window, region level and existence, account layout, APBDes
 * accounts, programmes a regional budget may pay for).
 */
@ApplicationScoped
public class BudgetLineRules {

    /** A request that passed: its parsed region, its normalised account and its stage. */
    public record Checked(RegionCode region, AccountCode account, BudgetStage stage) {
    }

    @Inject
    Validator validator;

    @Inject
    RegionDirectory regions;

    @Inject
    BudgetConfig config;

    public Checked check(BudgetLineRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required: a budget line as JSON");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList());
        Set<String> shapeErrors = errors.stream().map(FieldError::field).collect(Collectors.toSet());

        if (!shapeErrors.contains("fiscalYear")) {
            int first = config.fiscalYears().first();
            int last = LocalDate.now(config.zone()).getYear() + config.fiscalYears().ahead();
            if (request.fiscalYear() < first || request.fiscalYear() > last) {
                errors.add(new FieldError("fiscalYear", "must be from " + first + " to " + last));
            }
        }
        RegionCode region = null;
        if (!shapeErrors.contains("region")) {
            Optional<String> problem = regionProblem(request.region(), request.budgetKind());
            if (problem.isPresent()) {
                errors.add(new FieldError("region", problem.get()));
            } else {
                region = RegionCode.of(request.region());
            }
        }
        AccountCode account = null;
        if (!shapeErrors.contains("accountCode") && request.budgetKind() != null) {
            AccountCode.Reading reading = AccountCode.read(request.accountCode(), request.budgetKind());
            if (reading.code().isPresent()) {
                account = reading.code().get();
            } else {
                errors.add(new FieldError("accountCode", reading.problem()));
            }
        }
        if (request.budgetKind() == BudgetKind.APBDES && request.fundingSource() == null) {
            errors.add(new FieldError("fundingSource", "is required for an APBDES line: ADD, DANA_DESA, PADES,"
                    + " BANTUAN_KEUANGAN or OTHER"));
        } else if (request.budgetKind() == BudgetKind.APBD && request.fundingSource() != null) {
            errors.add(new FieldError("fundingSource", "is recorded for APBDES lines only"));
        }
        if (request.programme() == Programme.JKP) {
            errors.add(new FieldError("programme", "JKP is funded by the central government and by recomposition,"
                    + " never by a regional budget"));
        } else if (request.programme() == Programme.JP && request.targetCategory() == Category.PEKERJA_RENTAN) {
            errors.add(new FieldError("programme", "JP is not available to pekerja rentan: they are BPU, and JP is"
                    + " for wage earners only"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.invalid(errors);
        }
        return new Checked(region, account, request.stage() == null ? BudgetStage.MURNI : request.stage());
    }

    private Optional<String> regionProblem(String text, BudgetKind kind) {
        Optional<RegionCode> parsed = RegionCode.parse(text);
        if (parsed.isEmpty()) {
            return Optional.of("is not a Kemendagri region code (e.g. 36, 36.03, 36.03.01.2001)");
        }
        RegionCode region = parsed.get();
        if (region.equals(RegionCode.NATION)) {
            return Optional.of("must be the government that owns the budget, not the nation");
        }
        if (!regions.exists(region)) {
            return Optional.of("is not in the Kemendagri region list");
        }
        if (kind == BudgetKind.APBD && region.level() != RegionLevel.PROVINCE && region.level() != RegionLevel.REGENCY) {
            return Optional.of("an APBD belongs to a province or a regency/city, not to a " + region.level()
                    .name().toLowerCase());
        }
        if (kind == BudgetKind.APBDES) {
            if (region.level() != RegionLevel.VILLAGE) {
                return Optional.of("an APBDes belongs to a village (desa), not to a " + region.level().name()
                        .toLowerCase());
            }
            if (region.isKelurahan()) {
                return Optional.of("is a kelurahan (village code starting with 1), which has no APBDes");
            }
        }
        return Optional.empty();
    }
}
