package id.lindung.budget.domain.rates;

/** What a contribution rule's rates apply to. */
public enum BaseKind {
    /** The monthly wage, capped when the rule names a cap (JP). */
    WAGE,
    /** The declared income of a BPU participant, taken to its step of the income table when the rule names one. */
    DECLARED_INCOME,
    /** The value of a construction contract, weighted slice by slice (marginal rates) by the named schedule. */
    CONTRACT_VALUE,
    /** No base: the rule's flat amounts only. */
    NONE
}
