package id.lindung.reporting.domain;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.lindung.contracts.programme.Category;

/** The potential (target population) per category that a planner posted for one region and year. */
@Entity
@Table(name = "target_posting")
public class TargetPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String region;

    public int year;

    @Version
    public long version;

    /** The total the region published, when smaller than the sum of its categories; null for the plain sum. */
    public Long total;

    @Column(name = "posted_by")
    public String postedBy;

    @Column(name = "posted_at")
    public OffsetDateTime postedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_potential", joinColumns = @JoinColumn(name = "posting_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "potential")
    public Map<Category, Long> potential = new EnumMap<>(Category.class);
}
