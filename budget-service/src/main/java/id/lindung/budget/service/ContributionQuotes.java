package id.lindung.budget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.rates.ProgrammeQuote;
import id.lindung.budget.domain.rates.QuoteException;
import id.lindung.budget.domain.rates.QuoteInput;
import id.lindung.budget.domain.rates.RateBook;
import id.lindung.budget.rest.api.QuoteRequest;
import id.lindung.budget.rest.api.QuoteView;
import id.lindung.contracts.programme.PensionAge;
import id.lindung.contracts.programme.Programme;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;

/** Contribution quotes from the rate table. */
@ApplicationScoped
public class ContributionQuotes {

    @Inject
    Rates rates;

    @Inject
    Validator validator;

    @Inject
    BudgetConfig config;

    public QuoteView quote(QuoteRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required: a quote request as JSON");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString()
                        .replaceAll("\\[\\d*]\\.<list element>", "").replace(".<list element>", ""),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(config.zone());
        if (request.birthDate() != null && request.programmes().contains(Programme.JP)) {
            PensionAge.refusesJp(request.birthDate(), date).ifPresent(reason -> {
                throw ProblemException.unprocessable("pension-age", reason,
                        List.of(new FieldError("programmes", reason)));
            });
        }
        RateBook book = rates.book();
        List<ProgrammeQuote> quotes = new ArrayList<>();
        List<FieldError> badInput = new ArrayList<>();
        List<FieldError> noRule = new ArrayList<>();
        for (Programme programme : new LinkedHashSet<>(request.programmes())) {
            try {
                quotes.add(book.quote(new QuoteInput(request.segment(), programme, request.wage(),
                        request.declaredIncome(), request.contractValue(), request.riskClass(),
                        request.payer().name(), request.sector(), date)));
            } catch (QuoteException e) {
                FieldError error = new FieldError(e.field(), e.getMessage());
                if (e.isBadInput()) {
                    if (!badInput.contains(error)) {
                        badInput.add(error);
                    }
                } else {
                    noRule.add(error);
                }
            }
        }
        if (!badInput.isEmpty()) {
            throw ProblemException.invalid(badInput);
        }
        if (!noRule.isEmpty()) {
            throw ProblemException.unprocessable("no-rate", noRule.size() == 1
                    ? noRule.get(0).message()
                    : noRule.size() + " programmes have no rate for this case", noRule);
        }
        return QuoteView.of(date, request.segment(), request.payer(), quotes);
    }
}
