package id.lindung.contracts.event;

import java.time.LocalDate;

/**
 * The data of {@code enrollment.double-funding-detected.v1}: one participant paid for by two payers for overlapping
 * months. No NIK and no name.
 */
public record DoubleFundingFinding(String findingId, String participantId, String firstEnrollmentId,
        EnrollmentChange.Payer firstPayer, String secondEnrollmentId, EnrollmentChange.Payer secondPayer,
        LocalDate overlapFrom, LocalDate overlapTo) {
}
