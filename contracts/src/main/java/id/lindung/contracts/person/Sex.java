package id.lindung.contracts.person;

/** Sex as recorded by the civil registry (Dukcapil) and encoded in the NIK. */
public enum Sex {
    MALE, FEMALE
}
