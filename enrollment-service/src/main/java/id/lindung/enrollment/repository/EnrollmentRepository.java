package id.lindung.enrollment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.repository.Where;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    /** The filters of {@code GET /api/v1/enrollments}; null means "any". */
    public record Filter(RegionCode region, Category category, EnrollmentChange.Status status, PayerType payerType,
            String payerRegion) {
    }

    public PanacheQuery<Enrollment> search(Filter filter, int page, int size) {
        Where where = new Where().withinAny(filter.region(), "domicileRegion", "payerRegion")
                .equal("category", filter.category())
                .equal("status", filter.status())
                .equal("payerType", filter.payerType())
                .equal("payerRegion", filter.payerRegion());
        return find(where.jpql(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), where.params())
                .page(Page.of(page, size));
    }

    public List<Enrollment> ofParticipant(UUID participantId) {
        return list("participantId", Sort.by("coverageStart").and("createdAt"), participantId);
    }
}
