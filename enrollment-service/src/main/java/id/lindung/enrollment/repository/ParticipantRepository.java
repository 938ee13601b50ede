package id.lindung.enrollment.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** Through the keyed-hash index: the plain NIK is neither stored nor indexed. */
    public Optional<Participant> findByNikHash(byte[] nikHash) {
        return find("nikHash", nikHash).firstResultOptional();
    }

    public List<Participant> findByKpj(String kpj) {
        return list("kpj", kpj);
    }
}
