package id.lindung.budget.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of budget-service ({@code lindung.budget.*}). */
@ConfigMapping(prefix = "lindung.budget")
public interface BudgetConfig {

    /** The time zone that decides today's date, the current month and the fiscal year (WIB). */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    FiscalYears fiscalYears();

    Scope scope();

    Idempotency idempotency();

    Commitments commitments();

    Positions positions();

    interface FiscalYears {

        /** The first fiscal year lines may be posted for (Inpres 2/2021). */
        @WithDefault("2021")
        int first();

        /** How many years after the current one lines may be posted for (the next APBD is drafted in this year). */
        @WithDefault("1")
        int ahead();
    }

    interface Scope {

        /**
         * Whether a {@code finance} token of a regency/city may create and revise the APBDes lines (and record their
         * disbursements) of the villages in its area. Villages report APBDes data through the regency (Siskeudes is
         * consolidated by the regency's DPMD/BPKAD), so this is on by default; a province token never acts for a
         * regency or a village, and a village token acts for its own village only.
         */
        @WithDefault("true")
        boolean regencyActsForVillages();
    }

    interface Idempotency {

        /** How long a stored first response is replayed for an Idempotency-Key. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Commitments {

        /** The JKK risk class assumed for a wage earner whose enrollment does not name one. */
        @WithDefault("1")
        int defaultRiskClass();

        /**
         * How many fiscal years after the current one an open-ended enrollment commits to; a new year is added by the
         * yearly roll-over.
         */
        @WithDefault("1")
        int yearsAhead();

        /** Enrollments per transaction of the yearly roll-over. */
        @WithDefault("2000")
        int rolloverChunk();
    }

    interface Positions {

        /** The monthly wage (PU) or declared income (BPU) of the reference participant of a pool without any. */
        @WithDefault("1000000")
        long referenceWage();

        /** Pools whose position events are written per transaction of the publisher. */
        @WithDefault("1000")
        int publishBatch();
    }
}
