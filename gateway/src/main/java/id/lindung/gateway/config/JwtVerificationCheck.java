package id.lindung.gateway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * In production the gateway verifies tokens only with the identity provider's key (a PEM file or a JWKS URL), its
 * issuer and audience, all configured by the operator. Without them SmallRye JWT would start anyway and reject every
 * call, so start-up fails instead, naming what is missing. In dev and test the devstack supplies them.
 */
@Singleton
public class JwtVerificationCheck {

    private final Optional<String> keyLocation;
    private final Optional<String> key;
    private final Optional<String> issuer;
    private final Optional<String> audiences;

    JwtVerificationCheck(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences) {
        this.keyLocation = keyLocation;
        this.key = key;
        this.issuer = issuer;
        this.audiences = audiences;
    }

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = missing(keyLocation.or(() -> key), issuer, audiences);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    /** The settings (as environment variables) that must still be given; empty when token verification is complete. */
    static List<String> missing(Optional<String> key, Optional<String> issuer, Optional<String> audiences) {
        List<String> missing = new ArrayList<>();
        if (key.isEmpty()) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (the identity provider's PEM public key file or JWKS URL)");
        }
        if (issuer.isEmpty()) {
            missing.add("MP_JWT_VERIFY_ISSUER (the iss claim of valid tokens)");
        }
        if (audiences.isEmpty()) {
            missing.add("MP_JWT_VERIFY_AUDIENCES (the aud claim of valid tokens)");
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "The gateway cannot verify bearer tokens: set " + String.join(", ", missing)
                + ". Outside dev and test no key is ever generated.";
    }
}
