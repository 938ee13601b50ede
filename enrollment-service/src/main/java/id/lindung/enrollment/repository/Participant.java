package id.lindung.enrollment.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.lindung.contracts.person.Sex;

/** A participant as stored (read side; ingestion writes in bulk through {@link IngestionRepository}). */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(name = "nik_hash")
    public byte[] nikHash;

    @Column(name = "nik_encrypted")
    public byte[] nikEncrypted;

    @Column(name = "nik_masked")
    public String nikMasked;

    public String kpj;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "last_occurred_at")
    public OffsetDateTime lastOccurredAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
