package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The devstack's token issuer: an RSA key pair kept as PEM files in a directory, and RS256 tokens signed with it that
 * carry the claims the services check ({@code iss}, {@code aud}, {@code groups}, {@code region}). It stands in for the
 * operator's identity provider in tests and on a developer's machine; services verify the tokens with
 * {@link #publicKeyPath()} exactly as they verify production tokens with the provider's key.
 */
public final class DevJwt {

    public static final String ISSUER = "https://lindung.local/devstack";
    public static final String AUDIENCE = "lindung";
    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private static final String PRIVATE_PEM_TYPE = "PRIVATE KEY";
    private static final String PUBLIC_PEM_TYPE = "PUBLIC KEY";

    private final Path publicKeyPath;
    private final Path privateKeyPath;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DevJwt(Path privateKeyPath, Path publicKeyPath, KeyPair keys) {
        this.privateKeyPath = privateKeyPath;
        this.publicKeyPath = publicKeyPath;
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
    }

    /**
     * Loads {@code private.pem} (PKCS#8) and {@code public.pem} (X.509) from the directory, or creates an RSA-2048 pair
     * there when they are absent. A file lock keeps two processes (a test JVM and {@code ./lindung token}) from each
     * writing a different pair.
     */
    public static DevJwt inDirectory(Path dir) {
        Path privatePath = dir.resolve(PRIVATE_KEY_FILE).toAbsolutePath();
        Path publicPath = dir.resolve(PUBLIC_KEY_FILE).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                KeyPair keys = Files.exists(privatePath) && Files.exists(publicPath)
                        ? read(privatePath, publicPath)
                        : create(privatePath, publicPath);
                return new DevJwt(privatePath, publicPath, keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load or create the devstack JWT keys in " + dir, e);
        }
    }

    /** The PEM public key, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyPath() {
        return publicKeyPath;
    }

    /** The PEM private key, for tests that sign tokens of their own (e.g. with wrong claims). */
    public Path privateKeyPath() {
        return privateKeyPath;
    }

    /** The public key as PEM text, for {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return pem(PUBLIC_PEM_TYPE, publicKey.getEncoded());
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * Signs a token for {@code subject} (also its {@code upn}) in the given roles.
     *
     * @param region the Kemendagri code the token is scoped to, or {@code null} for a token without a {@code region} claim
     * @param ttl how long from now the token is valid
     */
    public String mint(String subject, Set<String> groups, String region, Duration ttl) {
        return mintWithRegionClaim(subject, groups, region, ttl);
    }

    /**
     * Signs a token whose {@code region} claim has any JSON shape, for tests of how the claim is read: a
     * {@link String}, a {@link List} (an array), a {@link Number}, a {@link java.util.Map} (an object), a
     * {@link Boolean}, or {@code null} for no claim at all.
     */
    public String mintWithRegionClaim(String subject, Set<String> groups, Object region, Duration ttl) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(groups, "groups");
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(groups));
        if (region != null) {
            claims.setClaim("region", region);
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(ttl).getEpochSecond()));
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a devstack token", e);
        }
    }

    private static KeyPair read(Path privatePath, Path publicPath) throws IOException {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privatePath, PRIVATE_PEM_TYPE)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(pemBody(publicPath, PUBLIC_PEM_TYPE)));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT keys in " + privatePath.getParent()
                    + " are not an RSA pair in PEM; delete them to get a new pair", e);
        }
    }

    private static KeyPair create(Path privatePath, Path publicPath) throws IOException {
        KeyPair keys;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
        writePem(privatePath, PRIVATE_PEM_TYPE, keys.getPrivate().getEncoded(), true);
        writePem(publicPath, PUBLIC_PEM_TYPE, keys.getPublic().getEncoded(), false);
        return keys;
    }

    private static byte[] pemBody(Path file, String type) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " is not a PEM file of type " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
        }
        Files.writeString(temp, pem, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
