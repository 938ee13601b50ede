package id.lindung.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The secrets a packaged service requires that production takes from a secret store: enrollment-service's NIK keys.
 * Tests get them from the service's {@code %test} profile; the suite runs the packaged apps in the prod profile, so
 * it generates them once (random, 32 bytes, Base64) and keeps them in a file, so that NIKs stored in one run of
 * {@code ./lindung up} stay readable in the next.
 */
final class DevSecrets {

    private static final Map<LindungService, List<String>> REQUIRED = Map.of(LindungService.ENROLLMENT,
            List.of("lindung.enrollment.nik.hash-key", "lindung.enrollment.nik.encryption-key"));
    private static final int KEY_BYTES = 32;

    private final Properties secrets;

    private DevSecrets(Properties secrets) {
        this.secrets = secrets;
    }

    /** Loads the secrets from the file, adding (and saving) any that are missing. */
    static DevSecrets inFile(Path file) {
        Properties secrets = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    secrets.load(reader);
                }
            }
            List<String> missing = REQUIRED.values().stream()
                    .flatMap(List::stream)
                    .filter(name -> !secrets.containsKey(name))
                    .toList();
            if (!missing.isEmpty()) {
                SecureRandom random = new SecureRandom();
                for (String name : missing) {
                    byte[] key = new byte[KEY_BYTES];
                    random.nextBytes(key);
                    secrets.setProperty(name, Base64.getEncoder().encodeToString(key));
                }
                save(file, secrets);
            }
            return new DevSecrets(secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development secrets in " + file, e);
        }
    }

    Map<String, String> of(LindungService service) {
        return REQUIRED.getOrDefault(service, List.of()).stream()
                .collect(Collectors.toMap(name -> name, secrets::getProperty));
    }

    private static void save(Path file, Properties secrets) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        try (Writer writer = Files.newBufferedWriter(temp)) {
            secrets.store(writer, "Development-only secrets of the suite's services; ./lindung reset deletes them");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
