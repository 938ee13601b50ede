package id.lindung.enrollment.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import id.lindung.contracts.person.Nik;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.PensionAge;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.programme.Wages;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.contracts.time.DateRange;
import id.lindung.platform.json.StorableText;
import id.lindung.platform.problem.FieldError;

/**
 * Reads one inbound record from JSON and checks every rule that needs no stored state, collecting every reason at once
 * (a record is never refused for its first problem only). Field names in reasons are the record's JSON paths.
 * <p>
 * Messages never quote a NIK: reasons travel back to BPJS, into DLQ headers and into logs.
 */
public final class RecordChecker {

    /** Clock skew tolerated between BPJS and Lindung before an occurredAt counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The events' {@code birthYear} starts here (enrollment-change.v1.json). */
    static final int MIN_BIRTH_YEAR = 1900;
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern KPJ = Pattern.compile("\\d{1,20}");
    private static final Set<String> FIELDS = Set.of("eventId", "type", "occurredAt", "kpj", "nik", "fullName",
            "birthDate", "sex", "segment", "category", "occupation", "domicileRegion", "payer", "programmes",
            "wageBase", "riskClass", "coverageStart", "coverageEnd", "endReason");

    private final Predicate<RegionCode> regionExists;
    private final Predicate<RegionCode> nikDistrict;
    private final Clock clock;

    /**
     * @param regionExists whether a well-formed code is in the Kemendagri list (see RegionDirectory)
     * @param nikDistrict whether a district code may be a NIK's district of first registration: a current district or
     *        a retired one (RegionDirectory#isNikDistrict)
     */
    public RecordChecker(Predicate<RegionCode> regionExists, Predicate<RegionCode> nikDistrict, Clock clock) {
        this.regionExists = regionExists;
        this.nikDistrict = nikDistrict;
        this.clock = clock;
    }

    public CheckedRecord check(int index, JsonNode json) {
        if (json == null || !json.isObject()) {
            return CheckedRecord.unreadable(index, "must be a JSON object");
        }
        Reader in = new Reader(json);
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                in.reject(name, "is not a field of the record");
            }
        }
        String eventId = in.text("eventId", true, 100);
        if (eventId != null && !EVENT_ID.matcher(eventId).matches()) {
            in.reject("eventId", "must be 1-100 letters, digits or . _ : -");
            eventId = null;
        }
        EventKind type = in.enumValue("type", EventKind.class, true);
        OffsetDateTime occurredAt = in.parsed("occurredAt", true, OffsetDateTime::parse, "an ISO-8601 date-time with offset");
        String kpj = in.text("kpj", true, 20);
        String nik = in.text("nik", true, 16);
        String fullName = in.text("fullName", true, 200);
        LocalDate birthDate = in.parsed("birthDate", true, LocalDate::parse, "an ISO-8601 date");
        Sex sex = in.enumValue("sex", Sex.class, true);
        Segment segment = in.enumValue("segment", Segment.class, true);
        Category category = in.enumValue("category", Category.class, true);
        String occupation = in.text("occupation", false, 200);
        String domicile = in.text("domicileRegion", true, 13);
        BpjsRecord.Payer payer = payer(in);
        Set<Programme> programmes = programmes(in);
        Long wageBase = in.wholeNumber("wageBase", true);
        Long riskClass = in.wholeNumber("riskClass", false);
        LocalDate coverageStart = in.parsed("coverageStart", true, LocalDate::parse, "an ISO-8601 date");
        LocalDate coverageEnd = in.parsed("coverageEnd", false, LocalDate::parse, "an ISO-8601 date");
        String endReason = in.text("endReason", false, 200);

        if (kpj != null && !KPJ.matcher(kpj).matches()) {
            in.reject("kpj", "must be digits only (at most 20)");
        }
        checkNik(in, nik, birthDate, sex);
        checkRegion(in, "domicileRegion", domicile, null);
        if (payer != null && payer.type() != null) {
            checkPayerRegion(in, payer);
        }
        checkSegment(in, segment, category, programmes, payer, riskClass);
        if (wageBase != null && wageBase <= 0) {
            in.reject("wageBase", "must be a positive whole rupiah amount");
        }
        if (wageBase != null && wageBase > Wages.MAX_MONTHLY) {
            in.reject("wageBase", "must be at most " + Wages.MAX_MONTHLY + " rupiah a month");
        }
        if (riskClass != null && (riskClass < 1 || riskClass > 5)) {
            in.reject("riskClass", "must be 1 to 5");
        }
        checkDates(in, type, occurredAt, birthDate, coverageStart, coverageEnd);
        if (programmes != null && programmes.contains(Programme.JP) && birthDate != null && coverageStart != null) {
            PensionAge.refusesJp(birthDate, coverageStart).ifPresent(reason -> in.reject("programmes", reason));
        }
        if (type == EventKind.ENDED && endReason == null) {
            in.reject("endReason", "is required for ENDED");
        }
        if (type != null && type != EventKind.ENDED && endReason != null) {
            in.reject("endReason", "is only allowed for ENDED");
        }
        if (!in.reasons.isEmpty()) {
            return new CheckedRecord(index, eventId, null, List.copyOf(in.reasons));
        }
        BpjsRecord record = new BpjsRecord(eventId, type, occurredAt, kpj, nik, fullName, birthDate, sex, segment,
                category, occupation, domicile, payer, programmes, wageBase,
                riskClass == null ? null : riskClass.intValue(), coverageStart, coverageEnd, endReason);
        return new CheckedRecord(index, eventId, record, List.of());
    }

    private static BpjsRecord.Payer payer(Reader in) {
        JsonNode node = in.json.get("payer");
        if (node == null || node.isNull()) {
            in.reject("payer", "is required");
            return null;
        }
        if (!node.isObject()) {
            in.reject("payer", "must be an object with type and region");
            return null;
        }
        Reader payer = in.nested(node, "payer.");
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("type") && !name.equals("region")) {
                payer.reject(name, "is not a field of the payer");
            }
        }
        return new BpjsRecord.Payer(payer.enumValue("type", PayerType.class, true), payer.text("region", false, 13));
    }

    private static Set<Programme> programmes(Reader in) {
        JsonNode node = in.json.get("programmes");
        if (node == null || node.isNull()) {
            in.reject("programmes", "is required");
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            in.reject("programmes", "must be a non-empty array of JKK, JKM, JHT, JP, JKP");
            return null;
        }
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Programme programme = item.isTextual() ? enumOf(Programme.class, item.asText()) : null;
            if (programme == null) {
                in.reject("programmes[" + i + "]", "must be one of JKK, JKM, JHT, JP, JKP");
            } else if (!programmes.add(programme)) {
                in.reject("programmes[" + i + "]", programme + " is listed twice");
            }
        }
        return programmes;
    }

    private void checkNik(Reader in, String nik, LocalDate birthDate, Sex sex) {
        if (nik == null) {
            return;
        }
        List<String> problems = Nik.problems(nik);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> in.reject("nik", problem));
            return;
        }
        Nik parsed = Nik.of(nik);
        if (!nikDistrict.test(RegionCode.of(parsed.districtCode()))) {
            // the district itself is not quoted: it is part of the NIK
            in.reject("nik", "district part is neither a current nor a retired Kemendagri district");
        }
        if (sex != null && parsed.sex() != sex) {
            // the reason names no part of the NIK: reasons reach dead letters and logs
            in.reject("sex", "does not agree with the sex encoded in the NIK");
        }
        if (birthDate != null) {
            int day = Integer.parseInt(nik.substring(6, 8)) % 40;
            int month = Integer.parseInt(nik.substring(8, 10));
            int year = Integer.parseInt(nik.substring(10, 12));
            if (birthDate.getDayOfMonth() != day || birthDate.getMonthValue() != month
                    || birthDate.getYear() % 100 != year) {
                in.reject("birthDate", "does not agree with the birth date encoded in the NIK");
            }
        }
    }

    /** Well-formed, below the nation, in the Kemendagri list, and at the required level when one is given. */
    private void checkRegion(Reader in, String field, String text, RegionLevel required) {
        if (text == null) {
            return;
        }
        RegionCode code = RegionCode.parse(text).orElse(null);
        if (code == null || code.equals(RegionCode.NATION) || !code.value().equals(text)) {
            in.reject(field, "must be a Kemendagri region code like 36, 36.03, 36.03.01 or 36.03.01.2001");
            return;
        }
        if (required != null && code.level() != required) {
            in.reject(field, "must be a " + required.name().toLowerCase() + " code, not a "
                    + code.level().name().toLowerCase() + " code");
            return;
        }
        if (!regionExists.test(code)) {
            in.reject(field, "region " + code + " does not exist in the Kemendagri list");
        }
    }

    private void checkPayerRegion(Reader in, BpjsRecord.Payer payer) {
        if (payer.type().isRegionalBudget()) {
            if (payer.region() == null) {
                in.reject("payer.region", "is required for " + payer.type());
            } else {
                checkRegion(in, "payer.region", payer.region(), payer.type().budgetLevel());
            }
        } else if (payer.region() != null) {
            in.reject("payer.region", "is only for regional budgets (APBD_PROVINSI, APBD_KABKOTA, APBDES)");
        }
    }

    private static void checkSegment(Reader in, Segment segment, Category category, Set<Programme> programmes,
            BpjsRecord.Payer payer, Long riskClass) {
        if (segment == null) {
            return;
        }
        if (programmes != null) {
            for (Programme programme : programmes) {
                if (!programme.isAvailableTo(segment)) {
                    in.reject("programmes", programme + " is not available to segment " + segment);
                }
                if (payer != null && payer.type() != null && payer.type().isRegionalBudget()
                        && !programme.isRegionallyFunded()) {
                    in.reject("programmes", programme + " cannot be paid from a regional budget");
                }
            }
        }
        if (category == Category.PEKERJA_RENTAN && segment != Segment.BPU) {
            in.reject("segment", "PEKERJA_RENTAN are BPU (informal) workers");
        }
        if (category == Category.NON_ASN && segment != Segment.PU) {
            in.reject("segment", "NON_ASN are PU (wage-earning) workers");
        }
        if (segment == Segment.PU && riskClass == null && !in.has("riskClass")) {
            in.reject("riskClass", "is required for PU");
        }
    }

    private void checkDates(Reader in, EventKind type, OffsetDateTime occurredAt, LocalDate birthDate,
            LocalDate coverageStart, LocalDate coverageEnd) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (occurredAt != null && occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            in.reject("occurredAt", "is in the future");
        }
        if (birthDate != null && birthDate.isAfter(now.toLocalDate())) {
            in.reject("birthDate", "is in the future");
        }
        if (birthDate != null && birthDate.getYear() < MIN_BIRTH_YEAR) {
            in.reject("birthDate", "must be in " + MIN_BIRTH_YEAR + " or later (the birth years enrollment events carry)");
        }
        if (birthDate != null && coverageStart != null && coverageStart.isBefore(birthDate)) {
            in.reject("coverageStart", "is before the participant's birth date");
        }
        if (coverageStart != null && coverageEnd != null && coverageEnd.isBefore(coverageStart)) {
            in.reject("coverageEnd", "is before coverageStart");
        }
        if (type == EventKind.ENDED && coverageEnd == null && !in.has("coverageEnd")) {
            in.reject("coverageEnd", "is required for ENDED");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    /** Reads fields of one JSON object, recording a reason for every missing or unreadable one. */
    private static final class Reader {

        final JsonNode json;
        final String prefix;
        final List<FieldError> reasons;

        Reader(JsonNode json) {
            this(json, "", new ArrayList<>());
        }

        private Reader(JsonNode json, String prefix, List<FieldError> reasons) {
            this.json = json;
            this.prefix = prefix;
            this.reasons = reasons;
        }

        Reader nested(JsonNode node, String nestedPrefix) {
            return new Reader(node, prefix + nestedPrefix, reasons);
        }

        void reject(String field, String message) {
            reasons.add(new FieldError(prefix + field, message));
        }

        /** True when the field is present (even if it could not be read): avoids a second reason for it. */
        boolean has(String field) {
            JsonNode node = json.get(field);
            return node != null && !node.isNull();
        }

        String text(String field, boolean required, int maxLength) {
            JsonNode node = json.get(field);
            if (node == null || node.isNull()) {
                if (required) {
                    reject(field, "is required");
                }
                return null;
            }
            if (!node.isTextual()) {
                reject(field, "must be a string");
                return null;
            }
            String problem = StorableText.problem(node.asText());
            if (problem != null) {
                reject(field, problem);
                return null;
            }
            String text = node.asText().strip();
            if (text.isEmpty()) {
                reject(field, "must not be blank");
                return null;
            }
            if (text.length() > maxLength) {
                reject(field, "must be at most " + maxLength + " characters");
                return null;
            }
            return text;
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
            String text = text(field, required, 40);
            if (text == null) {
                return null;
            }
            E value = enumOf(type, text);
            if (value == null) {
                reject(field, "must be one of " + EnumSet.allOf(type));
            }
            return value;
        }

        <T> T parsed(String field, boolean required, Function<String, T> parser, String what) {
            String text = text(field, required, 40);
            if (text == null) {
                return null;
            }
            T value;
            try {
                value = parser.apply(text);
            } catch (DateTimeException e) {
                reject(field, "must be " + what);
                return null;
            }
            if (value instanceof TemporalAccessor date && !DateRange.contains(date)) {
                reject(field, DateRange.VIOLATION);
                return null;
            }
            return value;
        }

        Long wholeNumber(String field, boolean required) {
            JsonNode node = json.get(field);
            if (node == null || node.isNull()) {
                if (required) {
                    reject(field, "is required");
                }
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                reject(field, "must be a whole number");
                return null;
            }
            return node.asLong();
        }
    }

}
