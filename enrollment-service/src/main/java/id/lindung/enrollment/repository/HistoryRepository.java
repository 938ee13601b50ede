package id.lindung.enrollment.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryRow, Long> {

    /** The enrollment's history in the order things happened at BPJS. */
    public List<HistoryRow> ofEnrollment(UUID enrollmentId) {
        return list("enrollmentId", Sort.by("occurredAt").and("id"), enrollmentId);
    }

    /** The histories of several enrollments (of one participant), each in the order things happened. */
    public List<HistoryRow> ofEnrollments(Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        return list("enrollmentId in ?1", Sort.by("occurredAt").and("id"), enrollmentIds);
    }
}
