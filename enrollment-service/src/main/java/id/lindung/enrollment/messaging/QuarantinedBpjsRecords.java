package id.lindung.enrollment.messaging;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.person.Nik;
import id.lindung.enrollment.service.PersonalData;
import id.lindung.platform.quarantine.PayloadSeal;

/**
 * A quarantined BPJS record holds a NIK and a name: it is stored encrypted like every NIK of this service
 * ({@link PersonalData}, AES-GCM), and shown to operators with NIK, KPJ, name and birth date masked.
 */
@ApplicationScoped
public class QuarantinedBpjsRecords implements PayloadSeal {

    private static final String HIDDEN = "***";

    @Inject
    PersonalData personalData;

    @Inject
    ObjectMapper json;

    @Override
    public byte[] seal(byte[] payload) {
        return personalData.seal(payload);
    }

    @Override
    public byte[] open(byte[] sealed) {
        return personalData.open(sealed);
    }

    @Override
    public String show(byte[] payload) {
        JsonNode record;
        try {
            record = json.readTree(payload);
        } catch (IOException e) {
            return "(not JSON, " + payload.length + " bytes; not shown)";
        }
        if (!(record instanceof ObjectNode object)) {
            return "(not a JSON object; not shown)";
        }
        JsonNode nik = object.get("nik");
        if (nik != null) {
            object.put("nik", nik.isTextual() && nik.asText().matches("\\d{16}") ? Nik.mask(nik.asText()) : HIDDEN);
        }
        for (String field : new String[]{"fullName", "kpj", "birthDate"}) {
            if (object.has(field)) {
                object.put(field, HIDDEN);
            }
        }
        return object.toString();
    }
}
