package id.lindung.reporting;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.regions.RegionDirectory;

/** Real villages from the Kemendagri list, picked at random so that tests do not share counters. */
public final class Villages {

    private Villages() {
    }

    /** A random village of the province (any regency, any district). */
    public static RegionCode in(RegionDirectory directory, String region) {
        RegionCode current = RegionCode.of(region);
        while (current.level() != id.lindung.contracts.region.RegionLevel.VILLAGE) {
            List<RegionCode> children = directory.children(current);
            current = children.get(ThreadLocalRandom.current().nextInt(children.size()));
        }
        return current;
    }
}
