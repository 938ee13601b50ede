package id.lindung.systemtests;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, valid, made-up people for each test, so tests never depend on each other's data.
 */
final class TestPeople {

    /** A person as BPJS knows them; the NIK is valid for district 36.03.01 (Kabupaten Tangerang). */
    record Person(String nik, String kpj, String name, LocalDate birthDate, String sex) {
    }

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

    private TestPeople() {
    }

    static Person next() {
        int serial = SERIAL.incrementAndGet() % 10_000;
        if (serial == 0) {
            serial = SERIAL.incrementAndGet() % 10_000;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(random.nextInt(1965, 2004), random.nextInt(1, 13), random.nextInt(1, 29));
        boolean female = random.nextBoolean();
        String nik = "360301" + String.format("%02d%02d%02d", birth.getDayOfMonth() + (female ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100) + String.format("%04d", serial);
        String kpj = String.format("%011d", random.nextLong(10_000_000_000L, 99_999_999_999L));
        return new Person(nik, kpj, "Peserta Uji " + serial, birth, female ? "FEMALE" : "MALE");
    }

    /** An ENROLLED record for a non-ASN worker paid by a regency budget. */
    static String enrolledRecord(Person person, String domicileRegion, String payerRegion) {
        return """
                {"eventId": "%s", "type": "ENROLLED", "occurredAt": "2026-01-05T08:00:00Z", "kpj": "%s",
                 "nik": "%s", "fullName": "%s", "birthDate": "%s", "sex": "%s",
                 "segment": "PU", "category": "NON_ASN", "domicileRegion": "%s",
                 "payer": {"type": "APBD_KABKOTA", "region": "%s"}, "programmes": ["JKK", "JKM"],
                 "wageBase": 1000000, "riskClass": 1, "coverageStart": "2026-01-01"}"""
                .formatted(UUID.randomUUID(), person.kpj(), person.nik(), person.name(), person.birthDate(),
                        person.sex(), domicileRegion, payerRegion);
    }
}
