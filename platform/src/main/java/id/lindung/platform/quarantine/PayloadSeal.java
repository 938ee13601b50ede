package id.lindung.platform.quarantine;

/**
 * How a service protects the records it quarantines. The default keeps them as they came (events on Lindung's own
 * topics carry no personal data); enrollment-service encrypts BPJS records, which hold a NIK and a name.
 */
public interface PayloadSeal {

    /** What is stored for a record's value. */
    byte[] seal(byte[] payload);

    /** The record's value back from what {@link #seal} stored. */
    byte[] open(byte[] sealed);

    /** What an operator may see of a record's value in the quarantine listing (personal data masked). */
    String show(byte[] payload);
}
