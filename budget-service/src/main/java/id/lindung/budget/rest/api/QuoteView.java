package id.lindung.budget.rest.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.budget.domain.rates.ProgrammeQuote;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/** A contribution quote: per programme and in total, with the rate rows used. */
@Schema(name = "Quote", description = "Contributions in whole rupiah, each programme rounded half up")
public record QuoteView(
        LocalDate date,
        Segment segment,
        PayerType payer,
        List<ProgrammeView> programmes,
        @Schema(description = "Sum of the monthly programmes", example = "5400") long monthlyTotal,
        @Schema(description = "Employer part of the monthly total", example = "5400") long employerTotal,
        @Schema(description = "Worker part of the monthly total", example = "0") long workerTotal,
        @Schema(description = "Sum of the once-per-project programmes (JAKON on contract value)", example = "0") long projectTotal) {

    /** One programme of a quote. */
    @Schema(name = "ProgrammeQuote")
    public record ProgrammeView(
            Programme programme,
            @Schema(description = "MONTH, or PROJECT for JAKON on the contract value", example = "MONTH") String period,
            @Schema(description = "The base the rates applied to (capped wage, income step, contract value)", example = "1000000") long base,
            @Schema(example = "2400") long amount,
            @Schema(example = "2400") long employer,
            @Schema(example = "0") long worker,
            @Schema(description = "The amount before a discount", example = "2400") long amountBeforeDiscount,
            @Schema(description = "The share taken off by a discount, absent when none applied", example = "0.5") BigDecimal discount,
            List<RuleView> rules) {
    }

    /** A row of the rate tables, cited. */
    @Schema(name = "RateRuleUsed")
    public record RuleView(
            @Schema(example = "contribution_rule") String table,
            @Schema(example = "PU-JKK-I") String id,
            @Schema(example = "PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class I 0.24% of wage") String regulation) {
    }

    public static QuoteView of(LocalDate date, Segment segment, PayerType payer, List<ProgrammeQuote> quotes) {
        List<ProgrammeView> programmes = quotes.stream()
                .map(quote -> new ProgrammeView(quote.programme(), quote.period(), quote.base(), quote.amount(),
                        quote.employer(), quote.worker(), quote.amountBeforeDiscount(), quote.discount(),
                        quote.rules().stream().map(use -> new RuleView(use.table(), use.id(), use.regulation()))
                                .toList()))
                .toList();
        long monthly = 0;
        long employer = 0;
        long worker = 0;
        long project = 0;
        for (ProgrammeQuote quote : quotes) {
            if ("PROJECT".equals(quote.period())) {
                project += quote.amount();
            } else {
                monthly += quote.amount();
                employer += quote.employer();
                worker += quote.worker();
            }
        }
        return new QuoteView(date, segment, payer, programmes, monthly, employer, worker, project);
    }
}
