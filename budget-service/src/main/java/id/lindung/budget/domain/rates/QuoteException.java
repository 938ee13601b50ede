package id.lindung.budget.domain.rates;

/**
 * A contribution cannot be computed: either an input the rules need is missing or wrong ({@code badInput}, naming the
 * input), or the tables hold no rule for the case.
 */
public class QuoteException extends RuntimeException {

    private final String field;
    private final boolean badInput;

    private QuoteException(String field, String message, boolean badInput) {
        super(message);
        this.field = field;
        this.badInput = badInput;
    }

    public static QuoteException badInput(String field, String message) {
        return new QuoteException(field, message, true);
    }

    public static QuoteException noRule(String field, String message) {
        return new QuoteException(field, message, false);
    }

    public String field() {
        return field;
    }

    public boolean isBadInput() { return badInput; }
}
