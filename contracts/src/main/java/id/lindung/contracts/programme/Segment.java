package id.lindung.contracts.programme;

/** Participant segments of BPJS Ketenagakerjaan. */
public enum Segment {
    /** Penerima upah: wage earners, including non-ASN government workers. */
    PU,
    /** Bukan penerima upah: informal workers, including pekerja rentan. */
    BPU,
    /** Jasa konstruksi: construction project workers. */
    JAKON
}
