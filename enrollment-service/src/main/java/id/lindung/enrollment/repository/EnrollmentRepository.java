package id.lindung.enrollment.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    /** The filters of {@code GET /api/v1/enrollments}; null means "any". */
    public record Filter(RegionCode region, Category category, EnrollmentChange.Status status, PayerType payerType,
            String payerRegion) {
    }

    public PanacheQuery<Enrollment> search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.region().equals(RegionCode.NATION)) {
            conditions.add(RegionFilter.within("domicileRegion", "payerRegion"));
            RegionFilter.bind(parameters, filter.region());
        }
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.payerType() != null) {
            conditions.add("payerType = :payerType");
            parameters.put("payerType", filter.payerType());
        }
        if (filter.payerRegion() != null) {
            conditions.add("payerRegion = :payerRegion");
            parameters.put("payerRegion", filter.payerRegion());
        }
        String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
        return find(query, Sort.by("createdAt", Sort.Direction.Descending).and("id"), parameters)
                .page(Page.of(page, size));
    }

    public List<Enrollment> ofParticipant(UUID participantId) {
        return list("participantId", Sort.by("coverageStart").and("createdAt"), participantId);
    }
}
