package id.lindung.bench.enrollment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.lindung.contracts.reference.ReferenceData;

/**
 * Generates BPJS enrollment records that pass enrollment-service's validation, deterministically from a seed (so the
 * Kafka run and the COPY baseline see the same rows): valid NIKs of real districts (Kemendagri list), real birth dates,
 * both sexes in each regency's proportion, people spread over regencies by population, domiciles in real villages, and
 * a realistic mix of payers and categories. One record in twenty is a CHANGED of someone enrolled 50,000 records
 * earlier (a new wage).
 */
public final class RecordGenerator {

    /** One generated record, as the columns of the inbound record. */
    public record Row(String eventId, String type, OffsetDateTime occurredAt, String kpj, String nik, String fullName,
            LocalDate birthDate, String sex, String segment, String category, String occupation,
            String domicileRegion, String payerType, String payerRegion, List<String> programmes, long wageBase,
            Integer riskClass, LocalDate coverageStart) {
    }

    private static final int CHANGE_EVERY = 20;
    private static final int CHANGE_DISTANCE = 50_000;
    private static final String[] FIRST = {"Siti", "Ahmad", "Dewi", "Budi", "Sri", "Agus", "Nur", "Eko", "Rina",
            "Joko", "Wati", "Hendra", "Yuni", "Rudi", "Putri", "Made", "Ketut", "Fitri", "Andi", "Ratna"};
    private static final String[] LAST = {"Aminah", "Santoso", "Lestari", "Hidayat", "Wahyuni", "Saputra",
            "Rahmawati", "Susanto", "Kurniawan", "Handayani", "Siregar", "Nasution", "Putra", "Sari", "Wijaya"};
    private static final LocalDate OLDEST = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2005, 12, 31).toEpochDay() - OLDEST.toEpochDay());

    private final String runId;
    private final SplittableRandom random;
    private final String[] regencies;
    private final long[] cumulativePopulation;
    private final double[] femaleShare;
    private final Map<String, List<String>> districtsOfRegency;
    private final Map<String, List<String>> villagesOfDistrict;
    private final Map<String, Integer> serials = new HashMap<>();
    private final Row[] recent = new Row[CHANGE_DISTANCE];
    private final OffsetDateTime base = OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    private long index;

    /** Over the region list and population shipped in lindung-contracts. */
    public RecordGenerator(long seed, String runId) {
        this.runId = runId;
        this.random = new SplittableRandom(seed);
        districtsOfRegency = new HashMap<>();
        villagesOfDistrict = new HashMap<>();
        for (ReferenceData.Region region : ReferenceData.regions()) {
            String code = region.kode();
            if (code.length() == 8) {
                districtsOfRegency.computeIfAbsent(code.substring(0, 5), key -> new ArrayList<>()).add(code);
            } else if (code.length() == 13) {
                villagesOfDistrict.computeIfAbsent(code.substring(0, 8), key -> new ArrayList<>()).add(code);
            }
        }
        List<String> names = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Double> female = new ArrayList<>();
        for (ReferenceData.Population region : ReferenceData.population()) {
            if (region.kode().length() == 5 && districtsOfRegency.containsKey(region.kode())) {
                names.add(region.kode());
                totals.add(region.total());
                female.add((double) region.wanita() / region.total());
            }
        }
        regencies = names.toArray(String[]::new);
        cumulativePopulation = new long[regencies.length];
        femaleShare = new double[regencies.length];
        long sum = 0;
        for (int i = 0; i < regencies.length; i++) {
            sum += totals.get(i);
            cumulativePopulation[i] = sum;
            femaleShare[i] = female.get(i);
        }
        if (regencies.length < 500) {
            throw new IllegalStateException("expected the ~514 regencies of the population list, found " + regencies.length);
        }
    }

    public Row next() {
        long i = index++;
        Row row;
        if (i % CHANGE_EVERY == CHANGE_EVERY - 1 && i >= CHANGE_DISTANCE) {
            Row enrolled = recent[(int) ((i - CHANGE_DISTANCE) % CHANGE_DISTANCE)];
            row = enrolled != null && enrolled.type().equals("ENROLLED") ? changed(enrolled, i) : enrolled(i);
        } else {
            row = enrolled(i);
        }
        recent[(int) (i % CHANGE_DISTANCE)] = row;
        return row;
    }

    private Row changed(Row enrolled, long i) {
        return new Row(eventId(i), "CHANGED", enrolled.occurredAt().plusDays(30), enrolled.kpj(), enrolled.nik(),
                enrolled.fullName(), enrolled.birthDate(), enrolled.sex(), enrolled.segment(), enrolled.category(),
                enrolled.occupation(), enrolled.domicileRegion(), enrolled.payerType(), enrolled.payerRegion(),
                enrolled.programmes(), enrolled.wageBase() + 100_000, enrolled.riskClass(), enrolled.coverageStart());
    }

    private Row enrolled(long i) {
        int regency = regencyIndex();
        String regencyCode = regencies[regency];
        List<String> districts = districtsOfRegency.get(regencyCode);
        String district = districts.get(random.nextInt(districts.size()));
        List<String> villages = villagesOfDistrict.getOrDefault(district, List.of(district));
        String village = villages.get(random.nextInt(villages.size()));
        boolean female = random.nextDouble() < femaleShare[regency];
        LocalDate birth = OLDEST.plusDays(random.nextInt(BIRTH_DAYS + 1));
        String nik = nik(district, birth, female);

        int kind = random.nextInt(100);
        String segment;
        String category;
        String payerType;
        String payerRegion;
        List<String> programmes;
        long wage;
        Integer risk;
        boolean desa = village.length() == 13 && village.charAt(9) == '2';
        if (kind < 40) {
            segment = "PU";
            category = random.nextInt(4) == 0 ? "GURU_HONORER" : "NON_ASN";
            payerType = "APBD_KABKOTA";
            payerRegion = regencyCode;
            programmes = random.nextInt(5) == 0 ? List.of("JKK", "JKM", "JHT") : List.of("JKK", "JKM");
            wage = 1_000_000 + 50_000L * random.nextInt(60);
            risk = 1;
        } else if (kind < 50) {
            segment = "PU";
            category = "NON_ASN";
            payerType = "APBD_PROVINSI";
            payerRegion = regencyCode.substring(0, 2);
            programmes = List.of("JKK", "JKM");
            wage = 1_500_000 + 50_000L * random.nextInt(60);
            risk = 1;
        } else if (kind < 60 && desa) {
            segment = "PU";
            category = "PERANGKAT_DESA";
            payerType = "APBDES";
            payerRegion = village;
            programmes = List.of("JKK", "JKM");
            wage = 2_000_000;
            risk = 1;
        } else if (kind < 95) {
            segment = "BPU";
            category = "PEKERJA_RENTAN";
            payerType = random.nextInt(3) == 0 ? "APBD_PROVINSI" : "APBD_KABKOTA";
            payerRegion = payerType.equals("APBD_PROVINSI") ? regencyCode.substring(0, 2) : regencyCode;
            programmes = List.of("JKK", "JKM");
            wage = 1_000_000;
            risk = null;
        } else {
            segment = "PU";
            category = "PENYELENGGARA_PEMILU";
            payerType = "APBD_KABKOTA";
            payerRegion = regencyCode;
            programmes = List.of("JKK", "JKM");
            wage = 1_200_000;
            risk = 2;
        }
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String kpj = "%011d".formatted(10_000_000_000L + i);
        LocalDate start = LocalDate.of(2025, 1 + random.nextInt(12), 1);
        return new Row(eventId(i), "ENROLLED", base.plusSeconds(i), kpj, nik, name, birth, female ? "FEMALE" : "MALE",
                segment, category, category.equals("PEKERJA_RENTAN") ? "Petani" : "Tenaga administrasi", village,
                payerType, payerRegion, programmes, wage, risk, start);
    }

    private String nik(String district, LocalDate birth, boolean female) {
        String date = "%02d%02d%02d".formatted(birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(),
                birth.getYear() % 100);
        String prefix = district.replace(".", "") + date;
        int serial = serials.merge(prefix, 1, Integer::sum);
        if (serial > 9999) {
            throw new IllegalStateException("more than 9999 people born on one day in " + district);
        }
        return prefix + "%04d".formatted(serial);
    }

    private int regencyIndex() {
        long pick = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
        int low = 0;
        int high = cumulativePopulation.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativePopulation[middle] > pick) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private String eventId(long i) {
        return "bench-" + runId + "-" + i;
    }

}
