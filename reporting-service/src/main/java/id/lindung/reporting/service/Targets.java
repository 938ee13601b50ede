package id.lindung.reporting.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.security.Caller;
import id.lindung.platform.web.ETags;
import id.lindung.reporting.domain.Potential;
import id.lindung.reporting.domain.TargetPosting;
import id.lindung.reporting.repository.PotentialRepository;
import id.lindung.reporting.repository.TargetRepository;
import id.lindung.reporting.rest.api.TargetRequest;
import id.lindung.reporting.rest.api.TargetView;

/** Posting and reading targets (potential participants) per region and year. */
@ApplicationScoped
public class Targets {

    /** A saved posting and whether it was created by this call. */
    public record Saved(TargetView view, boolean created) {
    }

    @Inject
    Regions regions;

    @Inject
    Caller caller;

    @Inject
    TargetRepository targets;

    @Inject
    PotentialRepository potentials;

    /**
     * Replaces the region's potential for the year and recomputes the potential of every enclosing region. With
     * {@code If-Match} the posting must still be at that version (412 otherwise).
     */
    @Transactional
    public Saved put(String regionText, int year, TargetRequest request, Optional<String> ifMatch) {
        RegionCode region = regions.requireAccessible(regionText);
        regions.requireKnown(region);
        categories(request);
        requireConsistentTotal(request);
        targets.lockYear(year);
        Optional<TargetPosting> existing = targets.find(region, year);
        if (ifMatch.isPresent()) {
            long expected = ETags.requireVersion(ifMatch.get());
            ETags.requireCurrent(expected, existing.map(posting -> posting.version).orElse(-1L));
        }
        TargetPosting posting = existing.orElseGet(TargetPosting::new);
        posting.region = region.value();
        posting.year = year;
        posting.postedBy = caller.subject();
        posting.postedAt = OffsetDateTime.now(ZoneOffset.UTC);
        posting.potential.clear();
        posting.potential.putAll(categories(request));
        posting.total = request.total();
        targets.persist(posting);
        targets.flush();
        potentials.recompute(region, year);
        return new Saved(view(region, year, Optional.of(posting)), existing.isEmpty());
    }

    /** Removes the region's own posting; its potential falls back to the sum of its children's. */
    @Transactional
    public void delete(String regionText, int year) {
        RegionCode region = regions.requireAccessible(regionText);
        targets.lockYear(year);
        TargetPosting posting = targets.find(region, year)
                .orElseThrow(() -> ProblemException.notFound("a target posting for " + region + " in " + year));
        targets.delete(posting);
        targets.flush();
        potentials.recompute(region, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(String regionText, int year) {
        RegionCode region = regions.requireAccessible(regionText);
        regions.requireKnown(region);
        return view(region, year, targets.find(region, year));
    }

    /** The posted figures by category; 400 naming every key that is not a category. */
    private static Map<Category, Long> categories(TargetRequest request) {
        Map<Category, Long> potential = new EnumMap<>(Category.class);
        List<FieldError> errors = new ArrayList<>();
        request.potential().forEach((key, value) -> {
            try {
                potential.put(Category.valueOf(key), value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("potential." + key, "is not a category (" + Arrays.stream(Category.values())
                        .map(Category::name).collect(Collectors.joining(", ")) + ")"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return potential;
    }

    private static void requireConsistentTotal(TargetRequest request) {
        if (request.total() == null) {
            return;
        }
        long sum = request.potential().values().stream().mapToLong(Long::longValue).sum();
        long largest = request.potential().values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (request.total() > sum || request.total() < largest) {
            throw ProblemException.invalid("total", "must lie between the largest category (" + largest
                    + ") and the sum of the categories (" + sum + ")");
        }
    }

    private TargetView view(RegionCode region, int year, Optional<TargetPosting> posting) {
        Potential potential = potentials.of(region, year);
        return new TargetView(region.value(), regions.name(region).orElse(null), region.level(), year,
                potential.byCategory(), potential.total().orElse(null), potential.source(),
                posting.map(p -> new TargetView.Posting(new EnumMap<>(p.potential), p.total, p.version, p.postedBy,
                        p.postedAt)).orElse(null));
    }
}
