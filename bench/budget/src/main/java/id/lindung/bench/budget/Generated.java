package id.lindung.bench.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * Generated data shaped like the real load: enrollments paid by regencies, provinces, villages and the workers
 * themselves, with changes and ends; APBD lines of the 546 governments and APBDes lines of villages.
 */
final class Generated {

    private final Regions regions;
    private final Random random = new Random(42);
    private final int year;

    Generated(Regions regions, int year) {
        this.regions = regions;
        this.year = year;
    }

    /** The events of one enrollment, in order: activated, then maybe changed, then maybe ended. */
    List<CloudEvent<EnrollmentChange>> enrollment() {
        String participant = UUID.randomUUID().toString();
        String enrollment = UUID.randomUUID().toString();
        double draw = random.nextDouble();
        PayerType payer;
        String payerRegion;
        Category category;
        Segment segment;
        Set<Programme> programmes;
        if (draw < 0.45) {
            payer = PayerType.APBD_KABKOTA;
            payerRegion = pick(regions.regencies);
            boolean rentan = random.nextDouble() < 0.4;
            category = rentan
                    ? Category.PEKERJA_RENTAN
                    : random.nextBoolean()
                            ? Category.NON_ASN
                            : Category.GURU_HONORER;
        } else if (draw < 0.55) {
            payer = PayerType.APBD_PROVINSI;
            payerRegion = pick(regions.provinces);
            category = random.nextBoolean() ? Category.PEKERJA_RENTAN : Category.NON_ASN;
        } else if (draw < 0.80) {
            payer = PayerType.APBDES;
            payerRegion = pick(regions.desa);
            category = random.nextDouble() < 0.7 ? Category.PERANGKAT_DESA : Category.PEKERJA_RENTAN;
        } else {
            payer = PayerType.SELF;
            payerRegion = null;
            category = Category.PEKERJA_RENTAN;
        }
        if (category == Category.PEKERJA_RENTAN) {
            segment = Segment.BPU;
            programmes = EnumSet.of(Programme.JKK, Programme.JKM);
        } else {
            segment = Segment.PU;
            programmes = random.nextDouble() < 0.3
                    ? EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT)
                    : EnumSet.of(Programme.JKK, Programme.JKM);
        }
        String domicile = payerRegion != null && payerRegion.length() == 13 ? payerRegion : pick(regions.desa);
        LocalDate start = LocalDate.of(year - 1, 1, 1).plusDays(random.nextInt(640));
        long wage = 1_000_000 + 100_000L * random.nextInt(30);
        List<CloudEvent<EnrollmentChange>> events = new ArrayList<>(3);
        long sequence = 1;
        events.add(event(EventTypes.ENROLLMENT_ACTIVATED, participant, enrollment, sequence, category, segment,
                programmes, domicile, payer, payerRegion, wage, start, null));
        if (random.nextDouble() < 0.3) {
            wage += 500_000;
            events.add(event(EventTypes.ENROLLMENT_CHANGED, participant, enrollment, ++sequence, category, segment,
                    programmes, domicile, payer, payerRegion, wage, start, null));
        }
        if (random.nextDouble() < 0.15) {
            LocalDate end = start.plusDays(30 + random.nextInt(300));
            events.add(event(EventTypes.ENROLLMENT_ENDED, participant, enrollment, ++sequence, category, segment,
                    programmes, domicile, payer, payerRegion, wage, start, end));
        }
        return events;
    }

    private CloudEvent<EnrollmentChange> event(String type, String participant, String enrollment, long sequence,
            Category category, Segment segment, Set<Programme> programmes, String domicile, PayerType payer,
            String payerRegion, long wage, LocalDate start, LocalDate end) {
        EnrollmentChange data = new EnrollmentChange(participant, enrollment, sequence,
                end == null ? EnrollmentChange.Status.ACTIVE : EnrollmentChange.Status.ENDED, category, segment,
                programmes, domicile, new EnrollmentChange.Payer(payer, payerRegion), wage,
                segment == Segment.PU ? 1 : null, start, end, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                1960 + random.nextInt(45), OffsetDateTime.now());
        return CloudEvent.of("/lindung/enrollment-service", type, participant, OffsetDateTime.now(), data);
    }

    /**
     * {@code count} budget lines: first the APBD lines of every province and regency/city (programmes JKK, JKM, JHT
     * for non-ASN, JKK and JKM for pekerja rentan and honorary teachers), then APBDes lines (JKK, JKM for village
     * apparatus) village by village.
     */
    List<Map<String, Object>> lines(int count) {
        List<Map<String, Object>> lines = new ArrayList<>(count);
        List<String> governments = new ArrayList<>(regions.provinces);
        governments.addAll(regions.regencies);
        for (String government : governments) {
            for (Category category : List.of(Category.NON_ASN, Category.PEKERJA_RENTAN, Category.GURU_HONORER)) {
                for (Programme programme : List.of(Programme.JKK, Programme.JKM, Programme.JHT)) {
                    if (programme == Programme.JHT && category != Category.NON_ASN) {
                        continue;
                    }
                    lines.add(line(government, "APBD", "5.1.02.02.02.0006", programme, category,
                            1_000_000_000L + random.nextInt(1_000_000_000)));
                }
            }
        }
        for (String village : regions.desa) {
            for (Programme programme : List.of(Programme.JKK, Programme.JKM)) {
                lines.add(line(village, "APBDES", "5.1.3.04", programme, Category.PERANGKAT_DESA,
                        1_000_000L + random.nextInt(5_000_000)));
            }
            if (lines.size() >= count) {
                break;
            }
        }
        return lines.subList(0, Math.min(count, lines.size()));
    }

    private Map<String, Object> line(String region, String kind, String account, Programme programme,
            Category category, long amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fiscalYear", year);
        line.put("region", region);
        line.put("budgetKind", kind);
        if ("APBDES".equals(kind)) {
            line.put("fundingSource", "DANA_DESA");
        }
        line.put("accountCode", account);
        line.put("programme", programme.name());
        line.put("targetCategory", category.name());
        line.put("targetParticipants", 10 + random.nextInt(5_000));
        line.put("amount", amount);
        line.put("externalRef", "BENCH-" + UUID.randomUUID());
        return line;
    }

    private String pick(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }
}
