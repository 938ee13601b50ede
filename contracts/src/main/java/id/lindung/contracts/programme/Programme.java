package id.lindung.contracts.programme;

/** The BPJS Ketenagakerjaan programmes. */
public enum Programme {
    /** Jaminan Kecelakaan Kerja: work accident. */
    JKK,
    /** Jaminan Kematian: death. */
    JKM,
    /** Jaminan Hari Tua: old-age savings. */
    JHT,
    /** Jaminan Pensiun: pension; wage earners only. */
    JP,
    /** Jaminan Kehilangan Pekerjaan: job loss; funded centrally, never charged to a regional budget. */
    JKP;

    /** Whether a participant of the segment may be enrolled in this programme. */
    public boolean isAvailableTo(Segment segment) {
        return switch (this) {
            case JKK, JKM -> true;
            case JHT -> segment != Segment.JAKON;
            case JP, JKP -> segment == Segment.PU;
        };
    }

    /** Whether a regional budget (APBD/APBDes) may pay for this programme. */
    public boolean isRegionallyFunded() {
        return this != JKP;
    }
}
