package id.lindung.enrollment.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds inbound BPJS records for tests: every person gets a NIK no other test of the JVM uses. */
public final class Records {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** Balaraja, Kabupaten Tangerang (Banten): a real district. */
    public static final String DISTRICT = "360301";
    public static final String VILLAGE = "36.03.01.2003";
    public static final String REGENCY = "36.03";
    public static final String OTHER_VILLAGE = "36.04.05.2001";
    public static final String OTHER_REGENCY = "36.04";

    private static final AtomicInteger PEOPLE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);

    private Records() {
    }

    /** A person with a unique, valid NIK whose birth date and sex agree with it. */
    public record Person(String nik, LocalDate birthDate, String sex) {

        public static Person fresh() {
            int n = PEOPLE.incrementAndGet();
            LocalDate birth = EPOCH.plusDays((n / 9999) % 15_000);
            boolean female = n % 2 == 0;
            String serial = "%04d".formatted(1 + n % 9999);
            int day = birth.getDayOfMonth() + (female ? 40 : 0);
            String nik = DISTRICT + "%02d".formatted(day) + birth.format(DateTimeFormatter.ofPattern("MMyy")) + serial;
            return new Person(nik, birth, female ? "FEMALE" : "MALE");
        }
    }

    /** An ENROLLED record of a new non-ASN in Kabupaten Tangerang paid by the regency, JKK + JKM. */
    public static ObjectNode enrolled() {
        return enrolled(Person.fresh());
    }

    public static ObjectNode enrolled(Person person) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventId", eventId());
        record.put("type", "ENROLLED");
        record.put("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1).withNano(0).toString());
        record.put("kpj", "2201" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000)));
        record.put("nik", person.nik());
        record.put("fullName", "Peserta Uji");
        record.put("birthDate", person.birthDate().toString());
        record.put("sex", person.sex());
        record.put("segment", "PU");
        record.put("category", "NON_ASN");
        record.put("occupation", "Tenaga administrasi");
        record.put("domicileRegion", VILLAGE);
        ObjectNode payer = record.putObject("payer");
        payer.put("type", "APBD_KABKOTA");
        payer.put("region", REGENCY);
        record.putArray("programmes").add("JKK").add("JKM");
        record.put("wageBase", 1_000_000);
        record.put("riskClass", 1);
        record.put("coverageStart", "2025-01-01");
        return record;
    }

    /** The same enrollment, a later event of the given type (fresh eventId, occurredAt one hour later). */
    public static ObjectNode next(ObjectNode previous, String type) {
        ObjectNode record = previous.deepCopy();
        record.put("eventId", eventId());
        record.put("type", type);
        record.put("occurredAt", OffsetDateTime.parse(previous.get("occurredAt").asText()).plusHours(1).toString());
        if (type.equals("ENDED")) {
            record.put("coverageEnd", "2025-06-30");
            record.put("endReason", "Kontrak berakhir");
        }
        return record;
    }

    public static String eventId() {
        return "test-" + UUID.randomUUID();
    }

    public static ArrayNode array(ObjectNode... records) {
        ArrayNode array = JSON.createArrayNode();
        for (ObjectNode record : records) {
            array.add(record);
        }
        return array;
    }
}
