package id.lindung.enrollment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.lindung.contracts.person.Sex;

/**
 * A participant as the ingestion of one batch sees and changes it: loaded (locked) from the database or created by
 * the batch, with all its enrollments and the double-funding pairs already found for it.
 */
public final class ParticipantState {

    public final UUID id;
    public final byte[] nikHash;
    /** Set only for a participant created by this batch (the stored ciphertext is never rewritten). */
    public byte[] nikEncrypted;
    public final String nikMasked;
    public String kpj;
    public String fullName;
    public final LocalDate birthDate;
    public final Sex sex;
    public OffsetDateTime lastOccurredAt;
    public final boolean isNew;
    public boolean dirty;
    public final List<EnrollmentState> enrollments = new ArrayList<>();
    /** {@code first:second} enrollment id pairs with a recorded finding, in both orders. */
    public final Set<String> findingPairs = new HashSet<>();

    public ParticipantState(UUID id, byte[] nikHash, String nikMasked, String kpj, String fullName,
            LocalDate birthDate, Sex sex, OffsetDateTime lastOccurredAt, boolean isNew) {
        this.id = id;
        this.nikHash = nikHash;
        this.nikMasked = nikMasked;
        this.kpj = kpj;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.lastOccurredAt = lastOccurredAt;
        this.isNew = isNew;
    }
}
