package id.lindung.platform.quarantine;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Records of topics without personal data: stored and shown as they came. */
@ApplicationScoped
@DefaultBean
public class PlainPayloads implements PayloadSeal {

    @Override
    public byte[] seal(byte[] payload) {
        return payload;
    }

    @Override
    public byte[] open(byte[] sealed) {
        return sealed;
    }

    @Override
    public String show(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
