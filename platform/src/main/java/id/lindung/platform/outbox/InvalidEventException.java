package id.lindung.platform.outbox;

import java.util.List;

/**
 * An event that breaks its JSON Schema in {@code contracts/} was about to be written to the outbox. Its consumers would
 * dead-letter it, so it is never written: this is a bug of the producer (an intake rule looser than the schema), and
 * the transaction that made it rolls back. Violations name schema paths and rules, never the values.
 */
public class InvalidEventException extends IllegalStateException {

    private final int entry;
    private final List<String> violations;

    public InvalidEventException(int entry, String type, List<String> violations) {
        super("event " + type + " breaks its schema: " + String.join("; ", violations));
        this.entry = entry;
        this.violations = List.copyOf(violations);
    }

    /** The position of the refused event in the list given to {@link Outbox#appendAll}. */
    public int entry() {
        return entry;
    }

    public List<String> violations() {
        return violations;
    }
}
